#include "project/edit_command.h"

#include "project/project.h"

namespace hhs {

Status EditCommand::redo(Project& project) const
{
    return project.applyEdit(m_before, m_after);
}

Status EditCommand::undo(Project& project) const
{
    return project.applyEdit(m_after, m_before);
}

} // namespace hhs

#include "main/about_box.h"

#include "about/library_versions.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace hhs::ui {

QString aboutText()
{
    QString rows;
    for (const LibraryVersion& library : libraryVersions())
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(library.name.toHtmlEscaped(), library.version.toHtmlEscaped());
    return QCoreApplication::translate(
               "hhs::ui::About", "<h3>HipHop Studio %1</h3>"
                                 "<p>Label hip-hop recordings as boom bap, trap or singing, train "
                                 "classifiers on their MFCC and let them label new files.</p>"
                                 "<table>%2</table>")
        .arg(QStringLiteral(HHS_VERSION), rows);
}

void showAboutBox(QWidget* parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("hhs::ui::About", "About HipHop Studio"),
                       aboutText());
}

} // namespace hhs::ui

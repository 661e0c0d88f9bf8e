// Korean (or any language's) glosses of the notebook's class names. The names a project starts
// with ("boom bap", "trap", "singing") are data and stay as they are; where the interface shows
// them to a reader, the gloss follows in brackets when the interface language has one
// ("boom bap (붐뱁)"). Any thread.
#pragma once

#include <QString>

namespace hhs::ui {

// The gloss of a notebook class name in the interface language; empty for any other name, or
// when the language is English.
QString classGloss(const QString& name);

// "boom bap (붐뱁)", or the name alone when it has no gloss.
QString classWithGloss(const QString& name);

} // namespace hhs::ui

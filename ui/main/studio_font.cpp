#include "main/studio_font.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>

namespace hhs::ui {
namespace {
// In order of preference; Nanum Gothic is what the Debian package installs.
const QStringList kHangulFamilies = {
    QStringLiteral("NanumGothic"),        QStringLiteral("NanumBarunGothic"),
    QStringLiteral("Noto Sans CJK KR"),   QStringLiteral("Noto Sans KR"),
    QStringLiteral("Source Han Sans KR"), QStringLiteral("UnDotum"),
    QStringLiteral("Baekmuk Gulim")};
// What a Debian desktop shows Latin text in when the locale does not ask for a CJK font.
const QStringList kLatinFamilies = {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                                    QStringLiteral("Liberation Sans"), QStringLiteral("Cantarell")};

QString firstAvailable(const QStringList& wanted)
{
    const QStringList families = QFontDatabase::families();
    for (const QString& family : wanted)
        if (families.contains(family, Qt::CaseInsensitive)) return family;
    return {};
}

bool isHangulFont(const QString& family)
{
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::Korean);
}
} // namespace

QStringList studioFontFamilies()
{
    QString latin = QFontInfo(QApplication::font()).family();
    // Under a Korean locale fontconfig answers "sans" with a Hangul font, whose Latin letters
    // and punctuation differ ("…" drawn centred as "⋯"): keep the Latin font English gets.
    if (isHangulFont(latin)) {
        const QString instead = firstAvailable(kLatinFamilies);
        if (!instead.isEmpty()) latin = instead;
    }
    QStringList families{latin};
    const QString hangul = firstAvailable(kHangulFamilies);
    if (!hangul.isEmpty() && hangul != latin) families << hangul;
    return families;
}

void useStudioFont()
{
    QFont font = QApplication::font();
    font.setFamilies(studioFontFamilies());
    QApplication::setFont(font);
}

} // namespace hhs::ui

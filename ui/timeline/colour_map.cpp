#include "timeline/colour_map.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace hhs::ui {
namespace {
// matplotlib's viridis at 0, 1/8, ..., 1.
constexpr std::array<QRgb, 9> kViridis = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
                                          0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};
} // namespace

QRgb viridis(double fraction)
{
    if (!std::isfinite(fraction)) fraction = 0;
    const double position = std::clamp(fraction, 0.0, 1.0) * (kViridis.size() - 1);
    const std::size_t low = std::min<std::size_t>(std::size_t(position), kViridis.size() - 2);
    const double t = position - double(low);
    const QRgb a = kViridis[low];
    const QRgb b = kViridis[low + 1];
    auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

} // namespace hhs::ui

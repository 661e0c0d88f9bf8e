// The perceptual colour map of the MFCC heat map (matplotlib's viridis, sampled at nine points
// and interpolated) and its legend. Pure functions of a value: any thread.
#pragma once

#include <QRgb>

namespace hhs::ui {

// fraction in [0, 1] (clamped) -> colour; dark violet for low, yellow for high.
QRgb viridis(double fraction);

} // namespace hhs::ui

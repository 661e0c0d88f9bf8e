// Help > About: the studio's version and the versions of the libraries it runs on (Qt,
// LibTorch, FFTW, libsndfile, libsoxr, SQLite) with the BLAS LibTorch will call. GUI thread.
#pragma once

#include <QString>

class QWidget;

namespace hhs::ui {

// The About text (rich text), also used by tests.
QString aboutText();
void showAboutBox(QWidget* parent);

} // namespace hhs::ui

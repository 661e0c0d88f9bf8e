# Finds every library the studio uses. All come from Debian's packages; scripts/install-deps
# installs the ones that are missing.
find_package(PkgConfig REQUIRED)

set(HHS_QT_COMPONENTS Core LinguistTools)
if(HHS_BUILD_UI)
    list(APPEND HHS_QT_COMPONENTS Gui Widgets Multimedia Charts Concurrent Svg)
endif()
if(HHS_BUILD_TESTS)
    list(APPEND HHS_QT_COMPONENTS Test)
endif()
find_package(Qt6 REQUIRED COMPONENTS ${HHS_QT_COMPONENTS})
qt_standard_project_setup()
# Qt's signals/slots macros collide with LibTorch identifiers.
add_compile_definitions(QT_NO_KEYWORDS)

pkg_check_modules(FFTW3F REQUIRED IMPORTED_TARGET fftw3f)
pkg_check_modules(SNDFILE REQUIRED IMPORTED_TARGET sndfile)
pkg_check_modules(SOXR REQUIRED IMPORTED_TARGET soxr)
# xxHash: the tracks' content fingerprint (XXH3, 128 bits), read at disk speed.
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
# FFmpeg's libraries decode what libsndfile does not (AAC, WebM, MP4, MKV), as librosa's
# audioread fallback does with the ffmpeg program. Only core/audio uses them.
pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET libavformat libavcodec libswresample libavutil)
# Rubber Band stretches playback to 0.5x-2x with the pitch kept (Sonic Visualiser's and
# Audacity's time-stretcher). Only ui/playback uses it.
if(HHS_BUILD_UI)
    pkg_check_modules(RUBBERBAND REQUIRED IMPORTED_TARGET rubberband)
endif()
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Torch REQUIRED)
find_package(Threads REQUIRED)

if(HHS_BUILD_TESTS)
    find_package(GTest REQUIRED)
    include(GoogleTest)
endif()

// hiphop-studio [PROJECT]: opens the studio window, with PROJECT if given (created when it does
// not exist yet), else the most recent project, else (the first time) a demo project. --screenshot
// FILE (hidden, for the README) saves the window as a PNG once the project's first track and its
// MFCC are on screen, then quits; --view FROM:TO and
// --select FROM:TO (seconds, hidden too) set up what the screenshot shows. --timings (hidden, for
// tests/benchmarks/scale_benchmark) prints when the window first answers with the project open
// (window_s), when the first track's waveform (waveform_s) and its MFCC (mfcc_s) are drawn,
// counted from the start of main, then quits.
#include "jobs/thread_pools.h"
#include "language/translations.h"
#include "main/first_run.h"
#include "main/language_menu.h"
#include "main/main_window.h"
#include "main/studio_font.h"
#include "main/timeline_controller.h"
#include "main/track_analysis.h"
#include "timeline/mfcc_view.h"
#include "timeline/time_axis.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    hhs::useOwnThreadPolicies(argv);
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HipHop Studio"));
    QApplication::setApplicationName(QStringLiteral("HipHop Studio"));
    QApplication::setApplicationVersion(QStringLiteral(HHS_VERSION));
    hhs::installTranslations(hhs::ui::chosenLanguage());
    hhs::ui::useStudioFont();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Label hip-hop recordings by style and train classifiers on their MFCC"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "The project file to open (created if missing)."));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window to FILE and quit."),
        QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    QCommandLineOption view(QStringLiteral("view"),
                            QApplication::translate("main", "Show FROM:TO seconds."),
                            QStringLiteral("FROM:TO"));
    QCommandLineOption select(QStringLiteral("select"),
                              QApplication::translate("main", "Select FROM:TO seconds."),
                              QStringLiteral("FROM:TO"));
    view.setFlags(QCommandLineOption::HiddenFromHelp);
    select.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(view);
    parser.addOption(select);
    QCommandLineOption timings(
        QStringLiteral("timings"),
        QApplication::translate("main", "Print how long the window and the first track took, "
                                        "and quit."));
    timings.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(timings);
    parser.process(app);

    hhs::ui::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        window.openProject(positional.front());
    } else if (!hhs::ui::openMostRecentProject(window)) {
        // The first start: a demo project to label, train on and predict.
        hhs::ui::openDemoProject(window);
    }

    if (parser.isSet(timings)) {
        const auto seconds = [sinceStart] { return double(sinceStart.nsecsElapsed()) * 1e-9; };
        QTimer::singleShot(0, &window, [seconds] {
            std::printf("window_s=%.3f\n", seconds());
            std::fflush(stdout);
        });
        auto* poll = new QTimer(&window);
        auto waveformShown = std::make_shared<bool>(false);
        QObject::connect(poll, &QTimer::timeout, &window, [=, &window]() {
            if (!*waveformShown && window.timelineController()->trackLoaded()) {
                *waveformShown = true;
                std::printf("waveform_s=%.3f\n", seconds());
            }
            const hhs::ui::MfccView* mfcc = window.timeline()->mfcc();
            const bool mfccShown =
                *waveformShown && mfcc->tileCount() > 0 && mfcc->tilesReady() >= mfcc->tileCount();
            if (mfccShown) std::printf("mfcc_s=%.3f\n", seconds());
            if (mfccShown || seconds() > 600) {
                poll->stop();
                std::fflush(stdout);
                QApplication::quit();
            }
        });
        poll->start(5);
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const QStringList viewRange = parser.value(view).split(QLatin1Char(':'));
        const QStringList selectRange = parser.value(select).split(QLatin1Char(':'));
        auto* poll = new QTimer(&window);
        auto analysisPolls = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, &window, [=, &window]() {
            const hhs::ui::MfccView* mfcc = window.timeline()->mfcc();
            if (!window.timelineController()->trackLoaded() ||
                mfcc->tilesReady() < mfcc->tileCount())
                return;
            // The song changes' marks too, unless finding them takes unusually long.
            if (window.timelineController()->analysis()->trackId() == 0 && ++*analysisPolls < 100)
                return;
            poll->stop();
            if (viewRange.size() == 2)
                window.timeline()->axis()->showRange(viewRange[0].toDouble(),
                                                     viewRange[1].toDouble());
            if (selectRange.size() == 2) {
                window.timeline()->state()->setPlayhead(selectRange[0].toDouble());
                window.timeline()->state()->setSelection(selectRange[0].toDouble(),
                                                         selectRange[1].toDouble());
            }
            window.grab().save(file);
            QApplication::quit();
        });
        poll->start(200);
    }
    return app.exec();
}

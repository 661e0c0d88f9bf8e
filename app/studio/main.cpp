// hiphop-studio [PROJECT]: opens the studio window, with PROJECT if given (created when it does
// not exist yet). --screenshot FILE (hidden, for the README) saves the window as a PNG once the
// project's first track and its MFCC are on screen, then quits.
#include "main/main_window.h"
#include "main/timeline_controller.h"
#include "timeline/mfcc_view.h"
#include "timeline/timeline_widget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HipHop Studio"));
    QApplication::setApplicationName(QStringLiteral("HipHop Studio"));
    QApplication::setApplicationVersion(QStringLiteral(HHS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Label hip-hop recordings by style and train classifiers on their MFCC"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "The project file to open (created if missing)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the window to FILE and quit."),
                                  QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    hhs::ui::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) window.openProject(positional.front());

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto* poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, file, poll]() {
            const hhs::ui::MfccView* mfcc = window.timeline()->mfcc();
            if (!window.timelineController()->trackLoaded() ||
                mfcc->tilesReady() < mfcc->tileCount())
                return;
            poll->stop();
            window.grab().save(file);
            QApplication::quit();
        });
        poll->start(200);
    }
    return app.exec();
}

// readme_screenshots OUT_DIR: the README's pictures of training and prediction, made the way a
// user would get them: a demo project, the Train panel's default CNN run, a confused cell of
// the confusion matrix clicked, then the demo medley dropped on the window's Predict half.
// Writes OUT_DIR/training.png and OUT_DIR/prediction.png. Built with the benchmarks; not a test.
#include "demo/demo_project.h"
#include "document/project_controller.h"
#include "main/main_window.h"
#include "main/model_workspace.h"
#include "predict/prediction_panel.h"
#include "train/confusion_matrix_view.h"
#include "train/train_panel.h"
#include "train/train_settings_form.h"
#include "train/training_controller.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace hhs;
using namespace hhs::ui;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: readme_screenshots OUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    QCoreApplication::setOrganizationName(QStringLiteral("HipHop Studio Screenshots"));
    Result<QString> project = demo::createDemoProject(dir.filePath(QStringLiteral("demo")),
                                                      dir.filePath(QStringLiteral("demo.hhs")));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.message()));
        return 1;
    }
    MainWindow window;
    window.resize(1500, 980);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openProject(*project)) return 1;
    ModelWorkspace* models = window.models();
    models->showTrainPanel();
    TrainPanel* panel = models->trainPanel();
    panel->settingsForm()->setRequest(TrainingRequest{});

    std::optional<RunDetails> details;
    QObject::connect(models->training(), &TrainingController::trainingFinished,
                     [&](std::int64_t, const RunDetails& d, bool, bool) { details = d; });
    if (!models->training()->start(panel->settingsForm()->request())) return 1;
    if (!QTest::qWaitFor([&] { return details.has_value(); }, 600000)) return 1;
    // The most populated off-diagonal cell: the confusion worth hearing.
    int truth = 0, predicted = 1;
    std::size_t most = 0;
    for (int t = 0; t < details->info.classes.size(); ++t)
        for (int p = 0; p < details->info.classes.size(); ++p)
            if (t != p && details->cell(t, p).size() > most) {
                most = details->cell(t, p).size();
                truth = t;
                predicted = p;
            }
    ConfusionMatrixView* matrix = panel->confusion();
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellRect(truth, predicted).center());
    QTest::qWait(3000); // the timeline loads the segment's recording
    window.grab().save(out.filePath(QStringLiteral("training.png")));

    QString medley;
    for (const TrackRecord& track : window.project()->tracks())
        if (track.fileName.contains(QStringLiteral("medley"))) medley = track.path;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(medley)});
    const QPoint point(window.width() * 3 / 4, window.height() / 2);
    QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &enter);
    QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &drop);
    PredictionPanel* predictions = models->predictionPanel();
    if (!QTest::qWaitFor(
            [&] {
                return !predictions->entryIds().isEmpty() &&
                       predictions->result(predictions->entryIds().front()) != nullptr;
            },
            120000))
        return 1;
    predictions->selectEntry(predictions->entryIds().front());
    QTest::qWait(500);
    window.grab().save(out.filePath(QStringLiteral("prediction.png")));
    std::printf("test accuracy %.3f; wrote %s\n", details->info.test.accuracy,
                qPrintable(out.absolutePath()));
    return 0;
}

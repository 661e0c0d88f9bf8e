// The studio on a laptop, in the language of the locale it starts under (ctest runs it twice:
// English, and ko_KR.UTF-8): the window fits 1280x720 with every dock in front in turn, no
// widget overlaps another or sticks out of its parent, no label, button or column header is cut,
// the timeline lanes keep a usable height, and nothing moves while a run trains and fills the
// panel. Under Korean, the menus, the Train panel, core's error messages and Qt's own buttons
// are Korean.
#include "audio/loader.h"
#include "demo/demo_project.h"
#include "gui_test_support.h"
#include "language/translations.h"
#include "main/language_menu.h"
#include "main/main_window.h"
#include "main/model_workspace.h"
#include "main/studio_font.h"
#include "timeline/timeline_widget.h"
#include "train/confusion_matrix_view.h"
#include "train/train_panel.h"
#include "train/train_settings_form.h"
#include "train/training_controller.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace hhs;
using namespace hhs::ui;

namespace {
constexpr int kWaitMs = 180000;
const QSize kLaptop(1280, 720);

bool hasHangul(const QString& text)
{
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    return text.contains(hangul);
}

QString describe(const QWidget* w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) name += QLatin1Char('#') + w->objectName();
    if (const auto* label = qobject_cast<const QLabel*>(w))
        name += QStringLiteral(" \"%1\"").arg(label->text().left(40));
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        name += QStringLiteral(" \"%1\"").arg(button->text());
    return name;
}

// Children a layout places side by side, not Qt's own internals ("qt_" names: scroll bars'
// containers, viewports) nor other windows.
bool placedByLayout(const QWidget* w)
{
    return !w->isWindow() && w->isVisible() && !w->objectName().startsWith(QLatin1String("qt_"));
}

// Overlaps between siblings, children outside their parent, and text cut short, under `root`.
void checkTree(QWidget* root, QStringList& problems)
{
    if (auto* area = qobject_cast<QAbstractScrollArea*>(root)) {
        // Scrolled content may be bigger than the view: that is what scrolling is for. Our own
        // scrolling columns' content is checked as a tree of its own.
        if (auto* scroll = qobject_cast<QScrollArea*>(area); scroll && scroll->widget())
            checkTree(scroll->widget(), problems);
        if (auto* view = qobject_cast<QAbstractItemView*>(area)) {
            if (auto* tree = qobject_cast<QTreeView*>(view)) checkTree(tree->header(), problems);
        }
        return;
    }
    if (auto* header = qobject_cast<QHeaderView*>(root)) {
        const QFontMetrics fm(header->font());
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i)) continue;
            const QString text = header->model()->headerData(i, header->orientation()).toString();
            if (fm.horizontalAdvance(text) + 8 > header->sectionSize(i))
                problems << QStringLiteral("column header \"%1\" is cut (%2 px for %3)")
                                .arg(text)
                                .arg(header->sectionSize(i))
                                .arg(fm.horizontalAdvance(text));
        }
        return;
    }
    QList<QWidget*> children;
    for (QObject* object : root->children())
        if (auto* child = qobject_cast<QWidget*>(object);
            child && placedByLayout(child) && root->rect().intersects(child->geometry()))
            children << child; // a dock tabbed behind another is moved out of the window
    for (int i = 0; i < children.size(); ++i) {
        QWidget* a = children[i];
        if (!root->rect().contains(a->geometry()))
            problems << QStringLiteral("%1 sticks out of %2 (%3,%4 %5x%6 in %7x%8)")
                            .arg(describe(a), describe(root))
                            .arg(a->x())
                            .arg(a->y())
                            .arg(a->width())
                            .arg(a->height())
                            .arg(root->width())
                            .arg(root->height());
        for (int j = i + 1; j < children.size(); ++j)
            if (a->geometry().intersects(children[j]->geometry()))
                problems
                    << QStringLiteral("%1 overlaps %2").arg(describe(a), describe(children[j]));
        if (auto* label = qobject_cast<QLabel*>(a); label && !label->wordWrap() &&
                                                    !label->text().isEmpty() &&
                                                    label->sizeHint().width() > label->width() + 1)
            problems << QStringLiteral("%1 is cut (%2 px for %3)")
                            .arg(describe(label))
                            .arg(label->width())
                            .arg(label->sizeHint().width());
        if (auto* button = qobject_cast<QPushButton*>(a);
            button && button->sizeHint().width() > button->width() + 1)
            problems << QStringLiteral("%1 is cut (%2 px for %3)")
                            .arg(describe(button))
                            .arg(button->width())
                            .arg(button->sizeHint().width());
        checkTree(a, problems);
    }
}

QString hangulFreeText(const QList<QAction*>& actions)
{
    for (QAction* action : actions)
        if (!action->text().isEmpty() && !action->isSeparator() && !hasHangul(action->text()))
            return action->text();
    return {};
}
} // namespace

class WindowFitTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        demo::CorpusOptions options;
        options.clipSeconds = 15;
        options.medleySeconds = 45;
        Result<QString> project =
            demo::createDemoProject(m_dir.filePath(QStringLiteral("[킬링벌스] 데모")),
                                    m_dir.filePath(QStringLiteral("데모.hhs")), options);
        if (!project) QFAIL(qPrintable(project.message()));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(kLaptop);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(*project));
        m_window->models()->showTrainPanel();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->models()->trainPanel()->startButton()->isEnabled(),
                                 kWaitMs);
    }

    void theWindowFitsALaptopScreen()
    {
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        qInfo("the window's minimum: %dx%d", minimum.width(), minimum.height());
        QVERIFY2(minimum.width() <= kLaptop.width() && minimum.height() <= kLaptop.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        QCOMPARE(m_window->size(), kLaptop);
        QStringList problems;
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
            dock->raise();
            QTest::qWait(200);
            QCOMPARE(m_window->size(), kLaptop);
            QStringList here;
            checkTree(m_window.get(), here);
            for (const QString& problem : here)
                problems << QStringLiteral("[%1] %2").arg(dock->windowTitle(), problem);
        }
        m_window->models()->showTrainPanel();
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
            if (dock->objectName() == QLatin1String("classesDock")) dock->raise();
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        checkLanes();
    }

    void nothingMovesWhileARunTrains()
    {
        TrainPanel* panel = m_window->models()->trainPanel();
        TrainingRequest request = panel->settingsForm()->request();
        request.settings.epochs = 3;
        request.settings.learningRate = 1e-3;
        panel->settingsForm()->setRequest(request);
        QTRY_VERIFY_WITH_TIMEOUT(panel->startButton()->isEnabled(), kWaitMs);
        QWidget* labels = m_window->timeline()->findChild<QWidget*>(QStringLiteral("labelLane"));
        QVERIFY(labels);
        const QRect before = labels->geometry();
        std::vector<QRect> during;
        const QMetaObject::Connection watching =
            connect(m_window->models()->training(), &TrainingController::epochFinished, this,
                    [&](const EpochMetrics&) { during.push_back(labels->geometry()); });
        bool finished = false;
        const QMetaObject::Connection ending =
            connect(m_window->models()->training(), &TrainingController::trainingFinished, this,
                    [&](std::int64_t, const RunDetails&, bool, bool) { finished = true; });
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished, kWaitMs);
        QTest::qWait(300); // the results are laid out
        disconnect(watching);
        disconnect(ending);
        QCOMPARE(int(during.size()), 3);
        for (const QRect& geometry : during)
            QCOMPARE(geometry, before);
        QCOMPARE(labels->geometry(), before);
        QCOMPARE(m_window->size(), kLaptop);
        // The results are in, and still nothing is cut: the confusion matrix's class names too.
        QVERIFY(panel->confusion()->hasMatrix());
        panel->confusion()->grab();
        QVERIFY2(panel->confusion()->elidedNames().isEmpty(),
                 qPrintable(panel->confusion()->elidedNames().join(QLatin1String(", "))));
        QStringList problems;
        checkTree(m_window.get(), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void theInterfaceSpeaksTheLocalesLanguage()
    {
        const bool korean = effectiveLanguage(QString()) == QLatin1String("ko");
        qInfo("language: %s", korean ? "ko" : "en");
        QStringList texts;
        for (QAction* menu : m_window->menuBar()->actions())
            texts << menu->text();
        TrainPanel* panel = m_window->models()->trainPanel();
        texts << panel->startButton()->text();
        // An error message from core, and one of Qt's own buttons.
        const Result<LoadedAudio> missing =
            loadAudio(m_dir.filePath(QStringLiteral("missing.wav")));
        QVERIFY(!missing);
        texts << missing.message();
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        texts << buttons.button(QDialogButtonBox::Cancel)->text();
        for (const QString& text : texts)
            QVERIFY2(hasHangul(text) == korean, qPrintable(text));
        if (korean) {
            for (QAction* menu : m_window->menuBar()->actions()) {
                const QString english = hangulFreeText(menu->menu()->actions());
                QVERIFY2(english.isEmpty() || english == QLatin1String("English"),
                         qPrintable(english));
            }
        }
    }

    // View ▸ Language: every shipped language in its own name, the choice remembered for the
    // next start.
    void theLanguageChoiceIsRemembered()
    {
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        QAction* korean = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator()) continue;
            names << action->text();
            if (action->data().toString() == QLatin1String("ko")) korean = action;
        }
        QCOMPARE(names.size(), 3); // the system's, English, 한국어
        QVERIFY(names.contains(QStringLiteral("English")));
        QVERIFY(korean);
        QCOMPARE(korean->text(), QStringLiteral("한국어"));
        korean->trigger();
        QCOMPARE(chosenLanguage(), QStringLiteral("ko"));
        QCOMPARE(effectiveLanguage(chosenLanguage()), QStringLiteral("ko"));
        menu->actions().front()->trigger(); // back to the system's
        QCOMPARE(chosenLanguage(), QString());
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    void checkLanes()
    {
        TimelineWidget* timeline = m_window->timeline();
        QWidget* labels = timeline->findChild<QWidget*>(QStringLiteral("labelLane"));
        QVERIFY(labels);
        QVERIFY2(labels->height() >= 40, qPrintable(QString::number(labels->height())));
        QVERIFY2(timeline->height() >= 200, qPrintable(QString::number(timeline->height())));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    installTranslations();
    useStudioFont();
    WindowFitTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "window_fit_test.moc"

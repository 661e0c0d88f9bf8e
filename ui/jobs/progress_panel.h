// ProgressPanel: the status-bar strip that shows the running visible job (its title, stage and
// a progress bar) with a Cancel button, and hides itself when nothing runs. GUI thread only.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hhs::ui {

class JobRunner;

class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(JobRunner* runner, QWidget* parent = nullptr);

    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* bar() const { return m_bar; }

private:
    void onStarted(const QString& title);
    void onProgress(double fraction, const QString& stage);
    void onFinished();

    JobRunner* m_runner;
    QString m_title;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace hhs::ui

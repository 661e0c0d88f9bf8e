// TrainingCharts' way out: saving both charts as one PNG or SVG image, and the context menu
// that asks where (see training_charts.cpp for the curves themselves).
#include "formats/output_file.h"
#include "jobs/text.h"
#include "train/training_charts.h"

#include <QBuffer>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace hhs::ui {

Status TrainingCharts::save(const QString& path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return makeError(tr("Could not save the charts as %1: the file name must end in .png or "
                            ".svg.")
                             .arg(quoted(path)));
    if (width() <= 0 || height() <= 0)
        return makeError(
            tr("Could not save the charts as %1: they have no size yet.").arg(quoted(path)));

    // Charts lay out their axes and legends on posted requests: apply any still pending.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto paint = [this](QPainter& painter) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        for (QChartView* view : {m_accuracy.view, m_loss.view})
            view->render(&painter, QRectF(view->geometry()), view->viewport()->rect(),
                         Qt::IgnoreAspectRatio);
    };
    if (suffix == QLatin1String("png")) {
        QImage image(size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        paint(painter);
        painter.end();
        image.save(&buffer, "PNG");
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size());
        svg.setViewBox(rect());
        svg.setTitle(tr("Training curves"));
        QPainter painter(&svg);
        painter.fillRect(rect(), Qt::white);
        paint(painter);
    }
    buffer.close();

    return writeFileAtomically(path, bytes);
}

void TrainingCharts::saveWithDialog()
{
    if (qEnvironmentVariableIsSet("HHS_NO_DIALOGS")) return;
    const QString pngFilter = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG image (*.svg)");
    QString filter = pngFilter;
    const QString start =
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + "/training.png";
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart As"), start,
                                                pngFilter + ";;" + svgFilter, &filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svgFilter ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (const Status saved = save(path); !saved)
        QMessageBox::warning(this, tr("Save Chart As"), saved.message());
}

void TrainingCharts::contextMenuEvent(QContextMenuEvent* event)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu->addAction(tr("Save Chart As…")), &QAction::triggered, this,
            &TrainingCharts::saveWithDialog);
    menu->popup(event->globalPos());
    event->accept();
}

} // namespace hhs::ui

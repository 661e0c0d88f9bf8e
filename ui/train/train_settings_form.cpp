#include "train/train_settings_form.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <climits>

namespace hhs::ui {
namespace {
const char* kModelKey = "training/model";
const char* kEpochsKey = "training/epochs";
const char* kBatchKey = "training/batch";
const char* kLearningRateKey = "training/learningRate";
const char* kSegmentKey = "training/segmentSeconds";
const char* kSplitKey = "training/split";
const char* kSeedKey = "training/seed";

QString key(const char* name)
{
    return QString::fromLatin1(name);
}
} // namespace

TrainSettingsForm::TrainSettingsForm(QWidget* parent)
    : QWidget(parent), m_model(new QComboBox(this)), m_epochs(new QSpinBox(this)),
      m_batch(new QSpinBox(this)), m_learningRate(new QDoubleSpinBox(this)),
      m_segmentSeconds(new QDoubleSpinBox(this)), m_split(new QComboBox(this)),
      m_seed(new QSpinBox(this))
{
    m_model->addItem(tr("CNN (convolutional)"), int(ModelKind::Cnn));
    m_model->addItem(tr("LSTM (recurrent)"), int(ModelKind::Lstm));
    m_model->setToolTip(tr("The notebook's two models: a three-block CNN over the MFCC image, or "
                           "two LSTM layers over its frames."));
    m_epochs->setRange(1, 10000);
    m_epochs->setToolTip(tr("Passes over the training segments. The model kept is the epoch with "
                            "the lowest validation loss."));
    m_batch->setRange(1, 4096);
    m_batch->setToolTip(tr("Segments per update (the notebook: 32)."));
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(0.000001, 1.0);
    m_learningRate->setSingleStep(0.0001);
    m_learningRate->setToolTip(tr(
        "Adam's learning rate (the notebook: 0.0001; the studio's LSTM learns better at 0.0003)."));
    m_segmentSeconds->setDecimals(1);
    m_segmentSeconds->setRange(0.5, 60.0);
    m_segmentSeconds->setSingleStep(0.5);
    m_segmentSeconds->setSuffix(tr(" s"));
    m_segmentSeconds->setToolTip(tr("Labelled regions are cut into training segments of "
                                    "this length (the notebook: 3 s)."));
    m_split->addItem(tr("By recording"), int(SplitMethod::ByRecording));
    m_split->addItem(tr("Random (optimistic)"), int(SplitMethod::Random));
    m_split->setToolTip(
        tr("By recording keeps every recording in one part, so the test accuracy is measured on "
           "songs the model never heard. Random is the notebook's split: segments of one song end "
           "up in training and test, so its score is optimistic."));
    m_seed->setRange(0, INT_MAX);
    m_seed->setToolTip(tr("The same seed, data and settings give the same run."));

    auto* defaults = new QPushButton(tr("Notebook Defaults"), this);
    defaults->setToolTip(tr("The notebook's epochs, batch size, learning rate, segment length "
                            "and split for the chosen model."));
    connect(defaults, &QPushButton::clicked, this, &TrainSettingsForm::restoreNotebookDefaults);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Mo&del:"), m_model);
    form->addRow(tr("Ep&ochs:"), m_epochs);
    form->addRow(tr("&Batch size:"), m_batch);
    form->addRow(tr("&Learning rate:"), m_learningRate);
    form->addRow(tr("Se&gment length:"), m_segmentSeconds);
    form->addRow(tr("Spl&it:"), m_split);
    form->addRow(tr("Ra&ndom seed:"), m_seed);
    form->addRow(QString(), defaults);

    setRequest(savedDefaults());
    connect(m_model, &QComboBox::currentIndexChanged, this, &TrainSettingsForm::onModelChanged);
    for (QSpinBox* box : {m_epochs, m_batch, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &TrainSettingsForm::changed);
    for (QDoubleSpinBox* box : {m_learningRate, m_segmentSeconds})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainSettingsForm::changed);
    connect(m_split, &QComboBox::currentIndexChanged, this, &TrainSettingsForm::changed);
}

TrainingRequest TrainSettingsForm::request() const
{
    TrainingRequest request;
    request.settings.kind = ModelKind(m_model->currentData().toInt());
    request.settings.epochs = m_epochs->value();
    request.settings.batchSize = m_batch->value();
    request.settings.learningRate = m_learningRate->value();
    request.settings.split.method = SplitMethod(m_split->currentData().toInt());
    request.settings.split.seed = std::uint64_t(m_seed->value());
    request.segmentSeconds = m_segmentSeconds->value();
    return request;
}

void TrainSettingsForm::setRequest(const TrainingRequest& request)
{
    const QSignalBlocker blockModel(m_model);
    m_model->setCurrentIndex(m_model->findData(int(request.settings.kind)));
    m_shownKind = request.settings.kind;
    m_epochs->setValue(request.settings.epochs);
    m_batch->setValue(request.settings.batchSize);
    m_learningRate->setValue(request.settings.effectiveLearningRate());
    m_segmentSeconds->setValue(request.segmentSeconds);
    m_split->setCurrentIndex(m_split->findData(int(request.settings.split.method)));
    m_seed->setValue(int(std::min<std::uint64_t>(request.settings.split.seed, INT_MAX)));
    Q_EMIT changed();
}

void TrainSettingsForm::restoreNotebookDefaults()
{
    TrainingRequest request;
    request.settings.kind = ModelKind(m_model->currentData().toInt());
    request.settings.epochs = TrainingSettings::defaultEpochs(request.settings.kind);
    request.settings.split.seed = std::uint64_t(m_seed->value());
    setRequest(request);
}

void TrainSettingsForm::onModelChanged()
{
    // Epochs and the learning rate follow the model while they are the other model's default.
    const ModelKind kind = ModelKind(m_model->currentData().toInt());
    if (m_epochs->value() == TrainingSettings::defaultEpochs(m_shownKind))
        m_epochs->setValue(TrainingSettings::defaultEpochs(kind));
    if (qFuzzyCompare(m_learningRate->value(), TrainingSettings::defaultLearningRate(m_shownKind)))
        m_learningRate->setValue(TrainingSettings::defaultLearningRate(kind));
    m_shownKind = kind;
    Q_EMIT changed();
}

TrainingRequest TrainSettingsForm::savedDefaults()
{
    const QSettings settings;
    TrainingRequest request;
    const QString model = settings.value(key(kModelKey)).toString();
    if (Result<ModelKind> kind = modelKindFromName(model); kind) request.settings.kind = *kind;
    request.settings.epochs =
        settings.value(key(kEpochsKey), TrainingSettings::defaultEpochs(request.settings.kind))
            .toInt();
    request.settings.batchSize = settings.value(key(kBatchKey), kNotebookBatchSize).toInt();
    // Stored only when the user chose one: otherwise the rate follows the model's default.
    if (settings.contains(key(kLearningRateKey)))
        request.settings.learningRate = settings.value(key(kLearningRateKey)).toDouble();
    request.segmentSeconds = settings.value(key(kSegmentKey), kNotebookSegmentSeconds).toDouble();
    const QString split = settings.value(key(kSplitKey)).toString();
    if (Result<SplitMethod> method = splitMethodFromName(split); method)
        request.settings.split.method = *method;
    request.settings.split.seed = settings.value(key(kSeedKey), 0).toULongLong();
    // Values from a damaged settings file fall back to the notebook's.
    if (request.settings.epochs < 1) request.settings.epochs = kNotebookCnnEpochs;
    if (request.settings.batchSize < 1) request.settings.batchSize = kNotebookBatchSize;
    if (!(request.settings.effectiveLearningRate() > 0)) request.settings.learningRate.reset();
    if (!(request.segmentSeconds >= 0.5)) request.segmentSeconds = kNotebookSegmentSeconds;
    return request;
}

void TrainSettingsForm::saveDefaults(const TrainingRequest& request)
{
    QSettings settings;
    settings.setValue(key(kModelKey), modelKindName(request.settings.kind));
    settings.setValue(key(kEpochsKey), request.settings.epochs);
    settings.setValue(key(kBatchKey), request.settings.batchSize);
    if (request.settings.effectiveLearningRate() ==
        TrainingSettings::defaultLearningRate(request.settings.kind))
        settings.remove(key(kLearningRateKey));
    else
        settings.setValue(key(kLearningRateKey), request.settings.effectiveLearningRate());
    settings.setValue(key(kSegmentKey), request.segmentSeconds);
    settings.setValue(key(kSplitKey), splitMethodName(request.settings.split.method));
    settings.setValue(key(kSeedKey), qulonglong(request.settings.split.seed));
}

} // namespace hhs::ui

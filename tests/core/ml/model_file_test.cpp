// Model files: a saved model loads back with all its metadata and gives bit-identical
// predictions; files that are truncated, damaged, not a model, or made for other feature
// parameters are refused with a message naming the file.
#include "ml/model_impl.h"
#include "ml/model_info_json.h"
#include "ml/run_details.h"
#include "ml/trainer.h"
#include "synthetic_styles.h"
#include "test_support.h"

#include <QFile>
#include <gtest/gtest.h>
#include <limits>

namespace hhs {
namespace {

struct Saved
{
    QTemporaryDir dir;
    QString path;
    Dataset dataset;
    std::unique_ptr<Model> model;
};

Saved& saved()
{
    static Saved s = [] {
        Saved out;
        out.dataset = test::randomDataset(3, 9, 4, 44, 13);
        out.dataset.classes = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                               QStringLiteral("singing")};
        TrainingSettings settings;
        settings.epochs = 2;
        settings.split.seed = 11;
        Result<TrainingOutcome> outcome = trainModel(out.dataset, settings);
        EXPECT_TRUE(outcome.ok()) << outcome.message().toStdString();
        out.path = out.dir.filePath(QStringLiteral("[킬링벌스] 모델.hhsmodel"));
        out.model = std::make_unique<Model>(std::move(outcome->model));
        EXPECT_TRUE(out.model->save(out.path).ok());
        return out;
    }();
    return s;
}

std::vector<const MfccMatrix*> inputs(const Dataset& dataset)
{
    std::vector<const MfccMatrix*> out;
    for (const DatasetSegment& s : dataset.segments)
        out.push_back(&s.mfcc);
    return out;
}

TEST(ModelFile, RoundTripKeepsMetadataAndGivesBitIdenticalPredictions)
{
    Saved& s = saved();
    Result<Model> loaded = Model::load(s.path);
    ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
    const ModelInfo& a = s.model->info();
    const ModelInfo& b = loaded->info();
    EXPECT_EQ(b.kind, ModelKind::Cnn);
    EXPECT_EQ(b.classes, a.classes);
    EXPECT_EQ(b.frames, 44);
    EXPECT_EQ(b.params, a.params);
    EXPECT_EQ(b.normalisation.mean, a.normalisation.mean);
    EXPECT_EQ(b.normalisation.stddev, a.normalisation.stddev);
    ASSERT_EQ(b.history.size(), 2u);
    EXPECT_EQ(b.history[1].validationLoss, a.history[1].validationLoss);
    EXPECT_EQ(b.bestEpoch, a.bestEpoch);
    EXPECT_EQ(b.split.composition, a.split.composition);
    EXPECT_EQ(b.test.confusion, a.test.confusion);
    EXPECT_EQ(b.settings.split.seed, 11u);
    EXPECT_EQ(b.studioVersion, QStringLiteral(HHS_VERSION));
    EXPECT_EQ(loaded->probabilities(inputs(s.dataset)).value(),
              s.model->probabilities(inputs(s.dataset)).value());
}

// The LSTM's readout and the masks are in the file; metadata from before they were settings
// reads as what those studios did: the last step, no masks.
TEST(ModelFile, ReadoutAndMasksRoundTripAndOlderFilesReadAsTheyWereTrained)
{
    ModelInfo info = saved().model->info();
    info.kind = ModelKind::Lstm;
    info.settings.kind = ModelKind::Lstm;
    info.settings.lstmReadout = LstmReadout::MaxOverTime;
    info.settings.masking = InputMasking{30, 3};
    nlohmann::json json = modelInfoToJson(info);
    Result<ModelInfo> read = modelInfoFromJson(json);
    ASSERT_TRUE(read.ok()) << read.message().toStdString();
    EXPECT_EQ(read->settings.lstmReadout, LstmReadout::MaxOverTime);
    EXPECT_EQ(read->settings.effectiveMasking(), (InputMasking{30, 3}));

    for (const char* key : {"lstm_readout", "time_mask", "coefficient_mask"})
        json["training"].erase(key);
    read = modelInfoFromJson(json);
    ASSERT_TRUE(read.ok()) << read.message().toStdString();
    EXPECT_EQ(read->settings.lstmReadout, LstmReadout::LastStep);
    EXPECT_EQ(read->settings.effectiveMasking(), (InputMasking{0, 0}));

    json["training"]["lstm_readout"] = "sideways";
    EXPECT_FALSE(modelInfoFromJson(json).ok());
}

// Metadata that does not describe the weights is refused when the file is read, and a network
// whose numbers went bad gives an error instead of probabilities.
TEST(ModelFile, MetadataThatDisagreesWithTheWeightsIsRefused)
{
    Saved& s = saved();
    Result<Model> copy = Model::load(s.path);
    ASSERT_TRUE(copy.ok());
    copy->info().classes << QStringLiteral("drill"); // 4 classes over 3 outputs
    copy->info().test.confusion.clear();             // (scores of 3 classes would say so first)
    copy->info().testRecordings.confusion.clear();
    const QString moreClasses = s.dir.filePath(QStringLiteral("four classes.hhsmodel"));
    ASSERT_TRUE(copy->save(moreClasses).ok());
    const QString claimed = Model::load(moreClasses).message();
    EXPECT_TRUE(claimed.contains(QStringLiteral("not those of the network")))
        << claimed.toStdString();

    Result<Model> flat = Model::load(s.path);
    ASSERT_TRUE(flat.ok());
    flat->info().normalisation.stddev[0] = 0; // every probability would be NaN
    const QString zero = s.dir.filePath(QStringLiteral("zero deviation.hhsmodel"));
    ASSERT_TRUE(flat->save(zero).ok());
    EXPECT_TRUE(Model::load(zero).message().contains(QStringLiteral("deviation")));

    Result<Model> bad = Model::load(s.path);
    ASSERT_TRUE(bad.ok());
    {
        torch::NoGradGuard noGrad;
        bad->impl().cnn->output->bias.fill_(std::numeric_limits<float>::quiet_NaN());
    }
    const Result<std::vector<float>> p = bad->probabilities(inputs(s.dataset));
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.message().contains(QStringLiteral("not a number")));
}

TEST(ModelFile, NumbersInTheMetadataThatNoFieldCanHoldAreRefused)
{
    // Each number converted to the field's type would be undefined behaviour or nonsense; the
    // metadata (as a run record keeps it) is refused naming the field instead.
    Saved& s = saved();
    Result<Model> model = Model::load(s.path);
    ASSERT_TRUE(model.ok());
    const nlohmann::json good = modelInfoToJson(model->info());
    ASSERT_TRUE(runDetailsFromJson(QString::fromStdString(good.dump())).ok());
    const std::vector<std::pair<std::string, nlohmann::json>> cases = {
        {"/architecture/frames", 1e10},   {"/architecture/outputs", 100000},
        {"/training/epochs", -1e300},     {"/best_epoch", 2.5},
        {"/normalisation/mean/0", 1e300}, {"/test/confusion/0/0", 1e10},
        {"/training/seed", -1},           {"/training/lr", "fast"},
        {"/segment_seconds", -1e308},     {"/split/parts/train/trap/segments", 3e9},
        {"/training/time_mask", 1e12}};
    for (const auto& [pointer, value] : cases) {
        nlohmann::json bad = good;
        bad[nlohmann::json::json_pointer(pointer)] = value;
        const Result<RunDetails> details = runDetailsFromJson(QString::fromStdString(bad.dump()));
        ASSERT_FALSE(details.ok()) << pointer;
        const std::string field = pointer.substr(pointer.find_last_of('/') + 1);
        const bool named = details.message().contains(QString::fromStdString(field)) ||
                           details.message().contains(QStringLiteral("outputs"));
        EXPECT_TRUE(named || std::isdigit(static_cast<unsigned char>(field[0])))
            << pointer << ": " << details.message().toStdString();
    }
}

TEST(ModelFile, TruncatedFilesAreRefused)
{
    Saved& s = saved();
    const QByteArray bytes = test::readFile(s.path);
    for (qsizetype size : {qsizetype(20), qsizetype(36), bytes.size() / 2, bytes.size() - 1}) {
        const QString cut = s.dir.filePath(QStringLiteral("cut.hhsmodel"));
        ASSERT_TRUE(test::writeFile(cut, bytes.left(size)));
        Result<Model> model = Model::load(cut);
        ASSERT_FALSE(model.ok()) << size;
        EXPECT_TRUE(model.message().contains(QStringLiteral("truncated")))
            << model.message().toStdString();
        EXPECT_TRUE(model.message().contains(QStringLiteral("cut.hhsmodel")));
    }
}

TEST(ModelFile, DamagedAndForeignFilesAreRefused)
{
    Saved& s = saved();
    QByteArray bytes = test::readFile(s.path);
    bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x55);
    const QString damaged = s.dir.filePath(QStringLiteral("damaged.hhsmodel"));
    ASSERT_TRUE(test::writeFile(damaged, bytes));
    EXPECT_TRUE(Model::load(damaged).message().contains(QStringLiteral("damaged")));

    const QString text = s.dir.filePath(QStringLiteral("notes.txt"));
    ASSERT_TRUE(test::writeFile(text, "boom bap, trap and singing\n"));
    EXPECT_TRUE(Model::load(text).message().contains(QStringLiteral("not a HipHop Studio model")));
    const QString empty = s.dir.filePath(QStringLiteral("empty"));
    ASSERT_TRUE(test::writeFile(empty, QByteArray()));
    EXPECT_TRUE(Model::load(empty).message().contains(QStringLiteral("is empty")));
    EXPECT_TRUE(Model::load(s.dir.filePath(QStringLiteral("missing")))
                    .message()
                    .contains(QStringLiteral("no such file")));
}

TEST(ModelFile, AModelForOtherFeatureParametersIsRefused)
{
    Saved& s = saved();
    FeatureParams other;
    other.mfccCount = 20;
    Result<Model> model = Model::load(s.path, &other);
    ASSERT_FALSE(model.ok());
    EXPECT_TRUE(model.message().contains(QStringLiteral("trained on features")))
        << model.message().toStdString();
    EXPECT_TRUE(model.message().contains(other.key()));
    FeatureParams same;
    EXPECT_TRUE(Model::load(s.path, &same).ok());
}

} // namespace
} // namespace hhs

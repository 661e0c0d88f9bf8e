// The three styles arranged from recorded samples (see real_corpus.h).
#include "real_corpus.h"
#include "sample_kit.h"

#include <QStringList>
#include <cmath>
#include <random>

namespace hhs::test {
namespace {

using Rng = std::mt19937;

const QStringList& rapLines()
{
    static const QStringList lines = {
        QStringLiteral("마이크 잡으면 난 달라져 비트 위에서 날아가"),
        QStringLiteral("서울의 밤은 길어 나는 아직 배고파"),
        QStringLiteral("내 이름 기억해 오늘 밤 무대 위에서"),
        QStringLiteral("돈보다 중요한 건 내 가사 한 줄이야"),
        QStringLiteral("지하에서 올라왔지 이제는 멈추지 않아"),
        QStringLiteral("킬링벌스 한 번 더 모두 손 들어"),
        QStringLiteral("엄마 나 성공했어 이제 걱정하지 마"),
        QStringLiteral("붐뱁 위에 라임 쌓아 벽돌처럼 단단히"),
        QStringLiteral("골목길 끝에서 나는 꿈을 꿨지"),
        QStringLiteral("카메라 돌아가 나는 준비됐어"),
        QStringLiteral("새벽 세 시 작업실 불은 꺼지지 않아"),
        QStringLiteral("가난했던 날들 다 가사로 바꿨어"),
        QStringLiteral("내 크루 내 사람들 끝까지 함께 가"),
        QStringLiteral("트랩 위에 올라타 박자 쪼개 달려"),
        QStringLiteral("말이 아닌 실력으로 증명해 보여줄게"),
        QStringLiteral("한강 위에 바람 불어 나는 자유로워"),
    };
    return lines;
}

const QStringList& songLines()
{
    static const QStringList lines = {
        QStringLiteral("너를 사랑해 오늘 밤도 그리워"),
        QStringLiteral("별이 빛나는 밤에 너를 불러"),
        QStringLiteral("우리 함께 걷던 그 길 위에"),
        QStringLiteral("눈물이 흘러도 나는 괜찮아"),
        QStringLiteral("바람이 불면 네가 생각나"),
        QStringLiteral("아름다운 밤 노래를 불러"),
        QStringLiteral("기억 속에 너는 아직 웃고 있어"),
        QStringLiteral("꿈속에서라도 다시 만나"),
    };
    return lines;
}

struct Arranger
{
    SampleKit& kit;
    Rng& rng;
    Mono mix;
    double beat = 0.5; // seconds

    std::int64_t at(double seconds) const { return std::int64_t(seconds * kKitRate); }
    double uniform(double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
    bool chance(double p) { return uniform(0, 1) < p; }

    Status hit(const QString& name, double seconds, float gain, double semitones = 0)
    {
        Result<const Mono*> s = kit.sample(name);
        if (!s) return s.error();
        mixInto(mix, semitones == 0 ? **s : resampled(**s, semitoneRatio(semitones)), at(seconds),
                gain);
        return {};
    }
    Status note(const QString& name, double seconds, double length, float gain, double semitones)
    {
        Result<const Mono*> s = kit.sample(name);
        if (!s) return s.error();
        mixInto(mix, cut(resampled(**s, semitoneRatio(semitones)), length), at(seconds), gain);
        return {};
    }
    Status bed(const QString& name, float gain)
    {
        Result<const Mono*> s = kit.sample(name);
        if (!s) return s.error();
        for (std::int64_t p = 0; p < std::int64_t(mix.size()); p += std::int64_t((*s)->size()))
            mixInto(mix, **s, p, gain);
        return {};
    }
    // Spoken or sung phrases laid end to end, one per `every` seconds.
    Status voices(const QStringList& lines, double every, int wpm, int pitch, float gain, bool sung,
                  const std::vector<double>& melody)
    {
        static const QStringList variants = {QString(),
                                             QStringLiteral("m1"),
                                             QStringLiteral("m3"),
                                             QStringLiteral("m7"),
                                             QStringLiteral("f2"),
                                             QStringLiteral("f4")};
        const QString variant = variants[pick(int(variants.size()))];
        const double total = double(mix.size()) / kKitRate;
        std::size_t m = 0;
        for (double t = uniform(0.0, every / 2); t < total - 1.0; t += every) {
            Result<const Mono*> v = kit.voice(lines[pick(int(lines.size()))], wpm, pitch, variant);
            if (!v) return v.error();
            Mono phrase = **v;
            if (sung) {
                // A melody: each 0.35 s of the phrase is played at one note's pitch.
                Mono melodic;
                const auto chunk = std::size_t(0.35 * kKitRate);
                for (std::size_t s = 0; s < phrase.size(); s += chunk) {
                    Mono piece(phrase.begin() + std::ptrdiff_t(s),
                               phrase.begin() + std::ptrdiff_t(std::min(phrase.size(), s + chunk)));
                    Mono shifted = resampled(piece, semitoneRatio(melody[m++ % melody.size()]));
                    melodic.insert(melodic.end(), shifted.begin(), shifted.end());
                }
                addReverb(melodic, 0.45f);
                phrase = std::move(melodic);
            }
            mixInto(mix, phrase, at(t), gain);
        }
        return {};
    }
};

Status boomBap(Arranger& a)
{
    const double total = double(a.mix.size()) / kKitRate;
    const QString kick =
        QStringList{"bd_boom", "bd_fat", "drum_heavy_kick", "drum_bass_hard"}[a.pick(4)];
    const QString snare = QStringList{"sn_dolf", "sn_generic", "drum_snare_hard"}[a.pick(3)];
    const QString bass = QStringList{"bass_woodsy_c", "bass_thick_c"}[a.pick(2)];
    const QString brk = QStringList{"loop_amen", "loop_breakbeat"}[a.pick(2)];
    const double swing = a.uniform(0.58, 0.66);
    const int key = a.pick(12) - 6;
    const int progression[4] = {0, a.chance(0.5) ? 5 : 3, a.chance(0.5) ? -2 : 7, 5};
    const std::vector<int> kicks =
        a.chance(0.5) ? std::vector<int>{0, 3, 5} : std::vector<int>{0, 5, 6};
    const bool withBreak = a.chance(0.6);
    for (int bar = 0; bar * 4 * a.beat < total; ++bar) {
        const double t0 = bar * 4 * a.beat;
        for (int step = 0; step < 8; ++step) {
            const double t = t0 + (step / 2) * a.beat + (step % 2 ? swing * a.beat : 0);
            if (Status s = a.hit("drum_cymbal_closed", t, step % 2 ? 0.25f : 0.35f); !s) return s;
            if (std::find(kicks.begin(), kicks.end(), step) != kicks.end())
                if (Status s = a.hit(kick, t, 0.9f); !s) return s;
            if (step == 2 || step == 6)
                if (Status s = a.hit(snare, t, 0.75f); !s) return s;
        }
        if (withBreak) {
            Result<const Mono*> loop = a.kit.sample(brk);
            if (!loop) return loop.error();
            // The break stretched (by resampling) to one bar.
            const double ratio = double((*loop)->size()) / (4 * a.beat * kKitRate);
            mixInto(a.mix, resampled(**loop, ratio), a.at(t0), 0.3f);
        }
        const int root = key + progression[bar % 4];
        if (Status s = a.note(bass, t0, 2 * a.beat, 0.6f, root - 12); !s) return s;
        if (Status s = a.note(bass, t0 + 2.5 * a.beat, 1.2 * a.beat, 0.5f, root - 12); !s) return s;
        for (int interval : {0, 3, 7})
            if (Status s = a.note("ambi_piano", t0 + (bar % 2 ? 0 : swing * a.beat), 1.5 * a.beat,
                                  0.22f, root + interval);
                !s)
                return s;
        if (a.chance(0.15))
            if (Status s = a.hit("vinyl_scratch", t0 + 3 * a.beat, 0.4f); !s) return s;
    }
    if (Status s = a.bed("vinyl_hiss", 0.5f); !s) return s;
    return a.voices(rapLines(), 8 * a.beat, int(a.uniform(160, 195)), int(a.uniform(30, 55)), 0.9f,
                    false, {});
}

Status trap(Arranger& a)
{
    const double total = double(a.mix.size()) / kKitRate;
    const int key = a.pick(12) - 6;
    const QString pad = QStringList{"ambi_dark_woosh", "ambi_drone", "ambi_haunted_hum"}[a.pick(3)];
    const QString clap = QStringList{"perc_snap", "elec_hi_snare", "sn_zome"}[a.pick(3)];
    const QString hat = QStringList{"drum_cymbal_closed", "elec_tick"}[a.pick(2)];
    for (int bar = 0; bar * 4 * a.beat < total; ++bar) {
        const double t0 = bar * 4 * a.beat;
        // Hi-hats in eighths with sixteenth and triplet rolls.
        for (int step = 0; step < 8; ++step) {
            const double t = t0 + step * a.beat / 2;
            const int roll = a.chance(0.2) ? (a.chance(0.5) ? 3 : 4) : 1;
            for (int r = 0; r < roll; ++r)
                if (Status s = a.hit(hat, t + r * a.beat / 2 / roll, 0.3f); !s) return s;
        }
        if (Status s = a.hit(clap, t0 + 2 * a.beat, 0.8f); !s) return s; // half time: beat 3
        const int root = key + (bar % 4 == 3 ? 3 : 0);
        if (Status s = a.note("bd_808", t0, 1.5 * a.beat, 1.0f, root - 5); !s) return s;
        if (a.chance(0.6))
            if (Status s = a.note("bd_808", t0 + 2.5 * a.beat, a.beat, 0.9f, root - 5); !s)
                return s;
        if (a.chance(0.3))
            if (Status s = a.note("bass_drop_c", t0 + 3 * a.beat, a.beat, 0.6f, root - 12); !s)
                return s;
        if (bar % 2 == 0)
            if (Status s = a.note(pad, t0, 8 * a.beat, 0.35f, root); !s) return s;
        if (a.chance(0.5))
            if (Status s = a.note("elec_bell", t0 + a.beat * a.pick(4), a.beat, 0.2f, root + 12);
                !s)
                return s;
    }
    return a.voices(rapLines(), 4 * a.beat, int(a.uniform(210, 260)), int(a.uniform(25, 45)), 0.85f,
                    false, {});
}

Status singing(Arranger& a)
{
    const double total = double(a.mix.size()) / kKitRate;
    const int key = a.pick(12) - 6;
    const QString chords = QStringList{"guit_em9", "guit_e_fifths", "ambi_piano"}[a.pick(3)];
    const int progression[4] = {0, 5, 9, 7};
    for (int bar = 0; bar * 4 * a.beat < total; ++bar) {
        const double t0 = bar * 4 * a.beat;
        const int root = key + progression[bar % 4];
        if (Status s = a.hit("drum_bass_soft", t0, 0.55f); !s) return s;
        if (Status s =
                a.hit(a.chance(0.5) ? "drum_snare_soft" : "elec_wood", t0 + 2 * a.beat, 0.35f);
            !s)
            return s;
        if (Status s = a.note(chords, t0, 4 * a.beat, 0.45f, root); !s) return s;
        if (bar % 2 == 0)
            if (Status s = a.note("ambi_choir", t0, 8 * a.beat, 0.4f, root); !s) return s;
        for (int n = 0; n < 4; ++n)
            if (Status s = a.note("ambi_piano", t0 + n * a.beat, a.beat, 0.15f,
                                  root + std::vector<int>{0, 4, 7, 12}[std::size_t(n)]);
                !s)
                return s;
    }
    std::vector<double> melody;
    for (int i = 0; i < 16; ++i)
        melody.push_back(key / 2.0 +
                         std::vector<double>{0, 2, 4, 5, 7, 4, 2, 0}[std::size_t(a.pick(8))]);
    return a.voices(songLines(), 8 * a.beat, int(a.uniform(85, 115)), int(a.uniform(55, 80)), 0.8f,
                    true, melody);
}

} // namespace

Result<std::vector<float>> arrangeRealClip(demo::Style style, double seconds, std::uint32_t seed,
                                           double* bpm)
{
    static thread_local std::unique_ptr<SampleKit> kit;
    if (!kit) {
        Result<SampleKit> opened = SampleKit::open();
        if (!opened) return opened.error();
        kit = std::make_unique<SampleKit>(std::move(*opened));
    }
    Rng rng(seed);
    Arranger a{*kit, rng, Mono(std::size_t(seconds * kKitRate), 0.0f)};
    double tempo = 0;
    switch (style) {
    case demo::Style::BoomBap:
        tempo = a.uniform(84, 96);
        break;
    case demo::Style::Trap:
        tempo = a.uniform(130, 150);
        break;
    case demo::Style::Singing:
        tempo = a.uniform(66, 86);
        break;
    }
    a.beat = 60.0 / tempo;
    Status made = style == demo::Style::BoomBap ? boomBap(a)
                  : style == demo::Style::Trap  ? trap(a)
                                                : singing(a);
    if (!made) return made.error();
    normalisePeak(a.mix, float(a.uniform(0.5, 0.95)));
    if (bpm) *bpm = tempo;
    return std::move(a.mix);
}

} // namespace hhs::test

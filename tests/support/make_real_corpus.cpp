// make-real-corpus DIR [--clips N] [--medleys N] [--seed S]: writes the real-sound corpus (see
// real_corpus.h) for the benchmarks, or for trying the studio on recorded sounds by hand.
#include "real_corpus.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    hhs::test::RealCorpusOptions options;
    QString dir;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--clips") && hasValue)
            options.clipsPerStyle = args[++i].toInt();
        else if (a == QLatin1String("--medleys") && hasValue)
            options.medleys = args[++i].toInt();
        else if (a == QLatin1String("--seed") && hasValue)
            options.seed = args[++i].toUInt();
        else if (!a.startsWith(QLatin1Char('-')) && dir.isEmpty())
            dir = a;
        else {
            std::fprintf(stderr,
                         "usage: make-real-corpus DIR [--clips N] [--medleys N] [--seed S]\n");
            return 2;
        }
    }
    if (dir.isEmpty()) {
        std::fprintf(stderr, "usage: make-real-corpus DIR [--clips N] [--medleys N] [--seed S]\n");
        return 2;
    }
    hhs::Result<hhs::test::RealCorpus> corpus = hhs::test::writeRealCorpus(dir, options);
    if (!corpus) {
        std::fprintf(stderr, "error: %s\n", qPrintable(corpus.error().message));
        return 1;
    }
    std::printf("%zu clips in %s, %zu medleys\n", corpus->clips.size(),
                qPrintable(corpus->clipsDir), corpus->medleys.size());
    return 0;
}

// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-analysis-eval: the analyser's figures on the labelled sets (tests/data/analysis/*.tsv)
// next to the baselines, as a Markdown table for docs/analysis.md.
#include "evaluationset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace innkeep::evaluation;

namespace {

QString cell(const BinaryFigures &f)
{
    return QStringLiteral("%1 / %2").arg(f.accuracy, 0, 'f', 3).arg(f.balanced, 0, 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Accuracy / balanced accuracy of the feedback analyser and two baselines on labelled sets."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("sets"), QStringLiteral("Labelled .tsv files (default: every set in the test data)."));
    const QCommandLineOption crossOption(
        QStringLiteral("cross-validate"),
        QStringLiteral("5-fold cross-validation of the trained English weights on this training file, for "
                       "several regularisation strengths (chooses TrainedWeights::Options::l2)."),
        QStringLiteral("train.tsv"));
    parser.addOption(crossOption);
    const QCommandLineOption explainOption(QStringLiteral("explain"),
                                           QStringLiteral("Print how the analyser reads one text."),
                                           QStringLiteral("text"));
    parser.addOption(explainOption);
    parser.process(app);
    if (parser.isSet(explainOption)) {
        QTextStream(stdout) << explain(parser.value(explainOption)) << Qt::endl;
        return 0;
    }
    if (parser.isSet(crossOption)) {
        QTextStream out(stdout);
        out << "| l2 | accuracy | balanced accuracy |\n|---|---|---|\n";
        for (const double l2 : {0.1, 0.3, 1.0, 3.0, 10.0, 30.0}) {
            const BinaryFigures f = crossValidate(parser.value(crossOption), 5, l2);
            out << "| " << l2 << " | " << QString::number(f.accuracy, 'f', 3) << " | "
                << QString::number(f.balanced, 'f', 3) << " |" << Qt::endl;
        }
        return 0;
    }
    QList<LabelledSet> sets;
    for (const QString &path : parser.positionalArguments())
        sets.append(readSet(path));
    if (parser.positionalArguments().isEmpty())
        sets = readSets(QStringLiteral(INNKEEP_TEST_DATA "/analysis"));

    QTextStream out(stdout);
    out << "| set | texts | majority class | lexicon count | rules and lists only | analyser (language "
           "detected) | "
           "analyser (language given) |\n"
        << "|---|---|---|---|---|---|---|\n";
    int status = 0;
    for (const LabelledSet &set : sets) {
        if (!set.problems.isEmpty()) {
            QTextStream(stderr) << "innkeep-analysis-eval: not `pos|neg<TAB>text`: "
                                << set.problems.join(QStringLiteral(", ")) << Qt::endl;
            status = 1;
        }
        out << "| " << set.name << " | " << set.rows.size() << " | " << cell(majorityBaseline(set)) << " | "
            << cell(lexiconCountBaseline(set)) << " | " << cell(rulesOnlyFigures(set)) << " | "
            << cell(analyserFigures(set, false)) << " | " << cell(analyserFigures(set, true)) << " |\n";
    }
    out << "\nEach cell: accuracy / balanced accuracy; positive when the score is ≥ 0.\n";
    return status;
}

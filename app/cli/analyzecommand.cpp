// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// analyze: the feedback analyser over standard input, one text per line, one result per line.
#include "analysis/feedbackanalyser.h"
#include "analysisconsoleformat.h"
#include "argumenttext.h"
#include "commandoptions.h"
#include "commandregistry.h"
#include "commands.h"
#include "console.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

// Results wait here and are written together; the buffer is flushed whenever it grows past this
// and always before innkeep-cli waits for more input, so a pipe gets every answer it can.
constexpr qsizetype OutputChunk = 64 * 1024;
constexpr qsizetype InputChunk = 64 * 1024;

class AnalyzeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    using Command::Command;
    QString name() const override { return u"analyze"_s; }
    QString description() const override
    {
        return tr("Read texts from standard input, one per line, and print each one's language, sentiment "
                  "and topics; opens no database.");
    }

protected:
    bool printsData() const override { return true; }
    bool usesDatabase() const override { return false; }
    void addOptions(QCommandLineParser &parser) override
    {
        addValueOption(parser, u"language"_s,
                       tr("Read every text as this language instead of detecting it: %1.")
                           .arg(FeedbackAnalyser::languages().join(u", "_s)),
                       tr("code"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        QString language;
        if (parser.isSet(u"language"_s)) {
            auto forced = AnalysisConsoleFormat::language(u"language"_s, parser.value(u"language"_s));
            if (!forced)
                return usage(forced.error().toString());
            language = *forced;
        }
        m_json = json(parser);
        m_language = language;
        m_analyser.emplace(); // loads the lexicons once, for every line
        return analyseStandardInput();
    }

private:
    [[nodiscard]] int analyseStandardInput()
    {
        QByteArray pending; // bytes after the last complete line
        char chunk[InputChunk];
        for (;;) {
            const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0) {
                const int reason = errno;
                flush();
                return fail(Error{Error::Code::Io,
                                  tr("standard input could not be read: %1")
                                      .arg(QString::fromLocal8Bit(std::strerror(reason))),
                                  {},
                                  {},
                                  m_lineNumber + 1});
            }
            if (got == 0)
                break;
            // Only the new bytes can hold the next line feed: a long line is not searched again.
            const qsizetype searchFrom = pending.size();
            pending.append(chunk, got);
            qsizetype start = 0;
            for (qsizetype end = pending.indexOf('\n', searchFrom); end >= 0;
                 end = pending.indexOf('\n', start)) {
                if (!analyseLine(QByteArrayView(pending).sliced(start, end - start)))
                    return flushAndFail();
                start = end + 1;
            }
            pending.remove(0, start);
            flush(); // before waiting for more input
        }
        // A last line without its line feed is a line too.
        if (!pending.isEmpty() && !analyseLine(pending))
            return flushAndFail();
        flush();
        return Success;
    }

    // Analyses one line and queues its result; false (with m_error set) when it is not UTF-8.
    [[nodiscard]] bool analyseLine(QByteArrayView bytes)
    {
        ++m_lineNumber;
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (m_lineNumber == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3); // a byte order mark is not part of the text
        if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
            m_error = Error{
                Error::Code::InvalidInput,
                tr("not valid UTF-8 (byte 0x%1 at byte %2); the lines before it were analysed, "
                   "this one and those after it were not.")
                    .arg(QString::number(uint(uchar(bytes.at(bad))), 16).toUpper(), QString::number(bad + 1)),
                {},
                {},
                m_lineNumber};
            return false;
        }
        const TextAnalysis analysis = m_analyser->analyse(QString::fromUtf8(bytes), m_language);
        if (m_json)
            m_output += AnalysisConsoleFormat::jsonLine(analysis);
        else
            m_output += terminalText(AnalysisConsoleFormat::line(analysis), false).toUtf8();
        m_output += '\n';
        if (m_output.size() >= OutputChunk)
            flush();
        return true;
    }

    void flush()
    {
        if (!m_output.isEmpty())
            std::fwrite(m_output.constData(), 1, size_t(m_output.size()), stdout);
        std::fflush(stdout);
        m_output.clear();
    }

    int flushAndFail()
    {
        flush();
        return fail(m_error);
    }

    std::optional<FeedbackAnalyser> m_analyser; // made by run(), not when the command is registered
    QString m_language;
    bool m_json = false;
    int m_lineNumber = 0;
    QByteArray m_output;
    Error m_error;
};

} // namespace

void registerAnalysisCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<AnalyzeCommand>(clock));
}

} // namespace innkeep::cli

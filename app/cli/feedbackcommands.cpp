// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// feedback add, list, respond, to-ticket, correct: guest feedback from every channel, the one step
// that turns an entry into a complaint ticket linked both ways, and staff corrections of its analysis.
#include "analysis/hospitalitytopic.h"
#include "analysisconsoleformat.h"
#include "commandoptions.h"
#include "commandregistry.h"
#include "commands.h"
#include "common/languagecode.h"
#include "common/textfield.h"
#include "console.h"
#include "feedback/feedbackservice.h"
#include "ticketconsoleformat.h"

#include <QJsonArray>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

class FeedbackAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackAddCommand)

public:
    using Command::Command;
    QString name() const override { return u"feedback add"_s; }
    QString description() const override { return tr("Record guest feedback; prints the new entry's id."); }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addValueOption(
            parser, u"channel"_s,
            tr("Where it came from: in-person, comment-card, survey, email, phone, review-site, social."),
            tr("channel"));
        addValueOption(parser, u"rating"_s, tr("The rating on its own scale: 4/5, 8/10, 8.5/10, nps:9."),
                       tr("rating"));
        addValueOption(parser, u"site"_s, tr("The review site's name (needed with review-site)."),
                       tr("name"));
        addValueOption(parser, u"guest"_s, tr("The guest's id."), tr("uuid"));
        addValueOption(parser, u"stay"_s, tr("The stay's id."), tr("uuid"));
        addValueOption(parser, u"text"_s, tr("What the guest said (a rating, the text or both)."),
                       tr("text"));
        addValueOption(parser, u"language"_s, tr("Language code of the text, e.g. en, hy, ka."), tr("code"));
        addValueOption(parser, u"received"_s,
                       tr("When it was received, for a card or letter entered later: 2026-06-15T08:00, 08:00 "
                          "(today) or a duration back from now such as 3d (default: now)."),
                       tr("when"));
        parser.addOption(QCommandLineOption(
            u"private"_s,
            tr("Given privately (review-site and social entries are public unless this is given; the other "
               "channels are always private).")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        if (parser.value(u"channel"_s).trimmed().isEmpty())
            return usage(TicketConsoleFormat::optionError(
                             u"channel"_s, tr("required; innkeep-cli feedback add --help shows the "
                                              "options."))
                             .toString());
        auto channel = TicketConsoleFormat::feedbackChannel(u"channel"_s, parser.value(u"channel"_s));
        if (!channel)
            return usage(channel.error().toString());
        NewFeedback input;
        input.channel = *channel;
        if (parser.isSet(u"rating"_s)) {
            auto rating = Rating::parse(parser.value(u"rating"_s)); // errors name the field "rating"
            if (!rating)
                return usage(rating.error().toString());
            if (auto ok = rating->validate(); !ok)
                return usage(ok.error().toString());
            input.rating = *rating;
        }
        for (const QString &option : {u"guest"_s, u"stay"_s}) {
            if (!parser.isSet(option))
                continue;
            auto id = TicketConsoleFormat::uuid(option, parser.value(option));
            if (!id)
                return usage(id.error().toString());
            (option == u"guest"_s ? input.guestUuid : input.stayUuid) = *id;
        }
        input.site = parser.value(u"site"_s);
        input.text = parser.value(u"text"_s);
        input.language = parser.value(u"language"_s);
        if (parser.isSet(u"received"_s)) {
            auto received = TicketConsoleFormat::instant(u"received"_s, parser.value(u"received"_s), clock());
            if (!received)
                return usage(received.error().toString());
            if (*received > clock().nowMs())
                return usage(
                    TicketConsoleFormat::optionError(u"received"_s, tr("is in the future.")).toString());
            input.receivedAt = *received;
        }
        input.isPublic =
            !parser.isSet(u"private"_s)
            && (input.channel == FeedbackChannel::ReviewSite || input.channel == FeedbackChannel::Social);

        // one transaction, committed on success
        return writeAndPrintId(parser, [&](OpenVenue &venue) { return uuidOf(venue.feedback().add(input)); });
    }
};

// "Negative -0.62": the label people see (the staff's correction where there is one) and the
// analyser's score; "—" while the entry is neither analysed nor corrected.
QString sentiment(const FeedbackEntry &e)
{
    const bool analysed = e.analyserVersion > 0;
    if (!analysed && !e.correctedLabel)
        return u"—"_s;
    const QString label = sentimentLabelText(e.effectiveLabel());
    if (!analysed)
        return label;
    return QCoreApplication::translate("FeedbackListCommand", "%1 %2", "sentiment label, score")
        .arg(label, AnalysisConsoleFormat::score(e.analysis.score));
}

// The topics' names, comma-separated, "—" for none.
QString topicNames(const FeedbackEntry &e)
{
    QStringList names;
    for (const TopicFinding &topic : e.effectiveTopics())
        names.append(HospitalityTopic::text(topic.topic));
    return names.isEmpty() ? u"—"_s : names.join(QCoreApplication::translate("FeedbackListCommand", ", "));
}

// One line of the feedback list: id, time, channel, rating, sentiment, guest, topics, text, flags.
QString listLine(const FeedbackEntry &e)
{
    QString where = feedbackChannelLabel(e.channel);
    if (!e.site.isEmpty())
        where += u" (%1)"_s.arg(e.site);
    QStringList flags;
    if (e.needsAttention)
        flags.append(QCoreApplication::translate("FeedbackListCommand", "needs attention"));
    else if (e.lowRating)
        flags.append(QCoreApplication::translate("FeedbackListCommand", "low"));
    if (!e.ticketUuid.isEmpty())
        flags.append(QCoreApplication::translate("FeedbackListCommand", "ticket %1").arg(e.ticketUuid));
    if (e.respondedAt)
        flags.append(QCoreApplication::translate("FeedbackListCommand", "answered"));
    if (e.correctedAt)
        flags.append(QCoreApplication::translate("FeedbackListCommand", "corrected"));
    QString text = e.text.simplified();
    if (text.size() > 60)
        text = text.left(59) + u'…';
    return u"%1  %2  %3  %4  %5  %6  %7  %8%9"_s.arg(
        e.uuid, TicketConsoleFormat::localTime(e.receivedAt), where, e.rating ? e.rating->toString() : u"—"_s,
        sentiment(e), e.guestName.isEmpty() ? u"—"_s : e.guestName, topicNames(e), text,
        flags.isEmpty() ? QString() : u"  ["_s + flags.join(u", "_s) + u']');
}

class FeedbackListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackListCommand)

public:
    using Command::Command;
    QString name() const override { return u"feedback list"_s; }
    QString description() const override
    {
        return tr("Feedback, newest first, with its sentiment and topics; entries that need attention are "
                  "marked.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(u"needs-attention"_s,
                                            tr("Only low ratings not yet answered and not yet a ticket.")));
        addValueOption(parser, u"channel"_s, tr("Only this channel (repeat for more)."), tr("channel"));
        addValueOption(parser, u"label"_s,
                       tr("Only this sentiment (the staff's correction where there is one): positive, "
                          "negative, neutral or mixed (repeat for more)."),
                       tr("label"));
        addValueOption(parser, u"topic"_s,
                       tr("Only entries about this topic: %1.").arg(HospitalityTopic::keys().join(u", "_s)),
                       tr("topic"));
        addValueOption(parser, u"language"_s,
                       tr("Only this language (as entered, or as detected when none was entered), e.g. en, "
                          "hy, ka."),
                       tr("code"));
        addValueOption(parser, u"limit"_s, tr("At most this many (default 100)."), tr("n"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        FeedbackQuery query;
        query.needsAttentionOnly = parser.isSet(u"needs-attention"_s);
        auto channels = listValues(parser, u"channel"_s, TicketConsoleFormat::feedbackChannel);
        if (!channels)
            return usage(channels.error().toString());
        query.channels = *channels;
        auto labels = listValues(parser, u"label"_s, AnalysisConsoleFormat::label);
        if (!labels)
            return usage(labels.error().toString());
        query.labels = *labels;
        auto topic = optionalValue(parser, u"topic"_s, AnalysisConsoleFormat::topic);
        if (!topic)
            return usage(topic.error().toString());
        query.topic = topic->value_or(QString());
        if (parser.isSet(u"language"_s)) {
            auto language = LanguageCode::normalised(u"--language"_s, parser.value(u"language"_s));
            if (!language)
                return usage(language.error().toString());
            if (language->isEmpty())
                return usage(
                    TicketConsoleFormat::optionError(u"language"_s, tr("empty; name a language code."))
                        .toString());
            query.language = *language;
        }
        auto limit = optionalValue(parser, u"limit"_s, TicketConsoleFormat::positiveNumber);
        if (!limit)
            return usage(limit.error().toString());
        query.limit = limit->value_or(query.limit);
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        FeedbackService &service = (*opened)->feedback();
        auto entries = service.list(query);
        if (!entries)
            return fail(entries.error());

        if (json(parser)) {
            QJsonArray array;
            for (const FeedbackEntry &e : std::as_const(*entries))
                array.append(TicketConsoleFormat::toJson(e));
            printJson(array);
            return Success;
        }
        if (entries->isEmpty())
            printLine(tr("No feedback."));
        for (const FeedbackEntry &e : std::as_const(*entries))
            printLine(listLine(e));
        return Success;
    }
};

class FeedbackRespondCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackRespondCommand)

public:
    using Command::Command;
    QString name() const override { return u"feedback respond"_s; }
    QString description() const override
    {
        return tr("Record the answer given to a piece of feedback; prints its id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"id"_s, tr("The feedback entry's id."), u"ID"_s);
        addValueOption(parser, u"text"_s, tr("The response."), tr("text"));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto id = positionalId(parser, expectPositional(parser, 1), u"feedback"_s);
        if (!id)
            return usage(id.error().toString());
        if (parser.value(u"text"_s).trimmed().isEmpty())
            return usage(
                TicketConsoleFormat::optionError(u"text"_s, tr("required: the response given to the guest."))
                    .toString());
        return writeAndPrintId(parser, [&](OpenVenue &venue) {
            return uuidOf(venue.feedback().respond(*id, parser.value(u"text"_s)));
        });
    }
};

class FeedbackToTicketCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackToTicketCommand)

public:
    using Command::Command;
    QString name() const override { return u"feedback to-ticket"_s; }
    QString description() const override
    {
        return tr("Turn a feedback entry into a complaint ticket linked both ways; prints the ticket's id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"id"_s, tr("The feedback entry's id."), u"ID"_s);
        addValueOption(parser, u"category"_s, tr("Category key (default: other)."), tr("key"));
        addValueOption(parser, u"severity"_s, tr("low, medium, high or critical (default: from the rating)."),
                       tr("severity"));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto id = positionalId(parser, expectPositional(parser, 1), u"feedback"_s);
        if (!id)
            return usage(id.error().toString());
        auto severity = optionalValue(parser, u"severity"_s, TicketConsoleFormat::severity);
        if (!severity)
            return usage(severity.error().toString());
        const QString category =
            parser.isSet(u"category"_s) ? parser.value(u"category"_s).trimmed().toLower() : u"other"_s;
        return writeAndPrintId(parser, [&](OpenVenue &venue) {
            return uuidOf(venue.feedback().toTicket(*id, category, *severity));
        });
    }
};

class FeedbackCorrectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackCorrectCommand)

public:
    using Command::Command;
    QString name() const override { return u"feedback correct"_s; }
    QString description() const override
    {
        return tr("Correct the sentiment or topics the analyser gave an entry; prints the corrected entry.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"id"_s, tr("The feedback entry's id."), u"ID"_s);
        addValueOption(parser, u"label"_s, tr("The right sentiment: positive, negative, neutral or mixed."),
                       tr("label"));
        addValueOption(parser, u"topic"_s,
                       tr("+topic adds a topic, -topic removes one (repeat for more; --topic=-noise): %1.")
                           .arg(HospitalityTopic::keys().join(u", "_s)),
                       tr("+topic|-topic"));
        parser.addOption(QCommandLineOption(u"clear-label"_s,
                                            tr("Take back an earlier label correction: the analyser's label "
                                               "counts again.")));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto id = positionalId(parser, expectPositional(parser, 1), u"feedback"_s);
        if (!id)
            return usage(id.error().toString());
        const bool clearLabel = parser.isSet(u"clear-label"_s);
        if (!parser.isSet(u"label"_s) && !parser.isSet(u"topic"_s) && !clearLabel)
            return usage(
                tr("say what to correct: --label (or --clear-label), --topic or both; innkeep-cli feedback "
                   "correct --help shows how."));
        if (clearLabel && parser.isSet(u"label"_s))
            return usage(
                TicketConsoleFormat::optionError(u"clear-label"_s, tr("not together with --label; say one."))
                    .toString());
        FeedbackCorrection correction;
        auto label = optionalValue(parser, u"label"_s, AnalysisConsoleFormat::label);
        if (!label)
            return usage(label.error().toString());
        correction.label = *label;
        correction.clearLabel = clearLabel;
        auto changes = listValues(parser, u"topic"_s, topicChange);
        if (!changes)
            return usage(changes.error().toString());
        for (const auto &[add, key] : std::as_const(*changes)) {
            QStringList &into = add ? correction.addTopics : correction.removeTopics;
            const QStringList &other = add ? correction.removeTopics : correction.addTopics;
            if (other.contains(key))
                return usage(TicketConsoleFormat::optionError(
                                 u"topic"_s, tr("\"%1\" is both added and removed; say one.").arg(key))
                                 .toString());
            if (!into.contains(key))
                into.append(key);
        }

        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto corrected = (*opened)->feedback().correct(*id, correction);
        if (!corrected)
            return fail(corrected.error());
        if (json(parser))
            printJson(TicketConsoleFormat::toJson(*corrected));
        else
            printLine(listLine(*corrected));
        return Success;
    }

private:
    // "+wifi" -> {true, "wifi"}, "-noise" -> {false, "noise"}; a key without its sign is refused.
    [[nodiscard]] static Result<std::pair<bool, QString>> topicChange(const QString &option,
                                                                      const QString &text)
    {
        const QString given = text.trimmed();
        if (!given.startsWith(u'+') && !given.startsWith(u'-'))
            return std::unexpected(TicketConsoleFormat::optionError(
                option,
                tr("\"%1\" needs + to add it or - to remove it, e.g. +%2 or -%2.")
                    .arg(TextField::quoted(given), TextField::quoted(given.isEmpty() ? u"noise"_s : given))));
        auto key = AnalysisConsoleFormat::topic(option, given.mid(1));
        if (!key)
            return std::unexpected(key.error());
        return std::pair{given.startsWith(u'+'), *key};
    }
};

} // namespace

void registerFeedbackCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<FeedbackAddCommand>(clock));
    registry.add(std::make_unique<FeedbackListCommand>(clock));
    registry.add(std::make_unique<FeedbackRespondCommand>(clock));
    registry.add(std::make_unique<FeedbackToTicketCommand>(clock));
    registry.add(std::make_unique<FeedbackCorrectCommand>(clock));
}

} // namespace innkeep::cli

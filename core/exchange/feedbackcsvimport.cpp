// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackcsvimport.h"

#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "exchange/guestmatch.h"
#include "exchange/importdate.h"
#include "feedback/feedbackservice.h"
#include "feedback/feedbackteaching.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QRegularExpression>

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

// Headers as review sites, review aggregators and survey tools write them.
constexpr CsvAlias Aliases[] = {
    {u"reviewdate", "date"},
    {u"datereviewed", "date"},
    {u"publisheddate", "date"},
    {u"published", "date"},
    {u"createdat", "date"},
    {u"created", "date"},
    {u"submitted", "date"},
    {u"submittedat", "date"},
    {u"responsedate", "date"},
    {u"received", "date"},
    {u"receivedat", "date"},
    {u"datum", "date"},
    {u"bewertungsdatum", "date"},
    {u"fecha", "date"},
    {u"дата", "date"},
    {u"score", "rating"},
    {u"stars", "rating"},
    {u"overallrating", "rating"},
    {u"reviewscore", "rating"},
    {u"reviewrating", "rating"},
    {u"bewertung", "rating"},
    {u"punktzahl", "rating"},
    {u"puntuacion", "rating"},
    {u"puntuación", "rating"},
    {u"calificacion", "rating"},
    {u"calificación", "rating"},
    {u"оценка", "rating"},
    {u"рейтинг", "rating"},
    {u"ratingscale", "scale"},
    {u"outof", "scale"},
    {u"maxrating", "scale"},
    {u"skala", "scale"},
    {u"echelle", "scale"},
    {u"échelle", "scale"},
    {u"escala", "scale"},
    {u"шкала", "scale"},
    {u"review", "text"},
    {u"reviewtext", "text"},
    {u"comment", "text"},
    {u"comments", "text"},
    {u"body", "text"},
    {u"content", "text"},
    {u"feedback", "text"},
    {u"kommentar", "text"},
    {u"text", "text"},
    {u"commentaire", "text"},
    {u"avis", "text"},
    {u"comentario", "text"},
    {u"reseña", "text"},
    {u"resena", "text"},
    {u"отзыв", "text"},
    {u"комментарий", "text"},
    {u"текст", "text"},
    {u"reviewtitle", "title"},
    {u"headline", "title"},
    {u"subject", "title"},
    {u"summary", "title"},
    {u"titel", "title"},
    {u"titre", "title"},
    {u"titulo", "title"},
    {u"título", "title"},
    {u"заголовок", "title"},
    {u"source", "site"},
    {u"website", "site"},
    {u"platform", "site"},
    {u"portal", "site"},
    {u"reviewsite", "site"},
    {u"quelle", "site"},
    {u"plattform", "site"},
    {u"plateforme", "site"},
    {u"plataforma", "site"},
    {u"fuente", "site"},
    {u"источник", "site"},
    {u"сайт", "site"},
    {u"kanal", "channel"},
    {u"canal", "channel"},
    {u"канал", "channel"},
    {u"lang", "language"},
    {u"reviewlanguage", "language"},
    {u"sprache", "language"},
    {u"langue", "language"},
    {u"idioma", "language"},
    {u"язык", "language"},
    {u"emailaddress", "email"},
    {u"mail", "email"},
    {u"guestemail", "email"},
    {u"revieweremail", "email"},
    {u"courriel", "email"},
    {u"correo", "email"},
    {u"correoelectronico", "email"},
    {u"почта", "email"},
    {u"externalid", "external_id"},
    {u"profileid", "external_id"},
    {u"guestid", "external_id"},
    {u"reviewid", "review_id"},
    // Innkeep's own CSV export (feedback.csv): its ids and the analysis are this file's, not the row's.
    {u"feedbackid", "ignore"},
    {u"guestid", "ignore"},
    {u"sentimentlabel", "ignore"},
    {u"importerror", "ignore"},
    {u"response", "response"},
    {u"ownerresponse", "response"},
    {u"managementresponse", "response"},
    {u"reply", "response"},
    {u"responseid", "review_id"},
    {u"id", "review_id"},
};

struct SourceWord
{
    const char16_t *key; // CsvColumns::canonical() of the name
    FeedbackChannel channel;
    const char *site; // the usual name; empty for the desk's own channels
};

constexpr SourceWord Sources[] = {
    {u"booking", FeedbackChannel::ReviewSite, "Booking.com"},
    {u"bookingcom", FeedbackChannel::ReviewSite, "Booking.com"},
    {u"google", FeedbackChannel::ReviewSite, "Google"},
    {u"googlereviews", FeedbackChannel::ReviewSite, "Google"},
    {u"googlemaps", FeedbackChannel::ReviewSite, "Google"},
    {u"tripadvisor", FeedbackChannel::ReviewSite, "Tripadvisor"},
    {u"expedia", FeedbackChannel::ReviewSite, "Expedia"},
    {u"hotelscom", FeedbackChannel::ReviewSite, "Hotels.com"},
    {u"agoda", FeedbackChannel::ReviewSite, "Agoda"},
    {u"airbnb", FeedbackChannel::ReviewSite, "Airbnb"},
    {u"trivago", FeedbackChannel::ReviewSite, "trivago"},
    {u"holidaycheck", FeedbackChannel::ReviewSite, "HolidayCheck"},
    {u"yelp", FeedbackChannel::ReviewSite, "Yelp"},
    {u"hrs", FeedbackChannel::ReviewSite, "HRS"},
    {u"trustyou", FeedbackChannel::ReviewSite, "TrustYou"},
    {u"yandex", FeedbackChannel::ReviewSite, "Yandex"},
    {u"yandexmaps", FeedbackChannel::ReviewSite, "Yandex"},
    {u"facebook", FeedbackChannel::Social, "Facebook"},
    {u"instagram", FeedbackChannel::Social, "Instagram"},
    {u"twitter", FeedbackChannel::Social, "X"},
    {u"x", FeedbackChannel::Social, "X"},
    {u"vk", FeedbackChannel::Social, "VK"},
    {u"vkontakte", FeedbackChannel::Social, "VK"},
    {u"social", FeedbackChannel::Social, ""},
    {u"socialmedia", FeedbackChannel::Social, ""},
    {u"survey", FeedbackChannel::Survey, ""},
    {u"guestsurvey", FeedbackChannel::Survey, ""},
    {u"questionnaire", FeedbackChannel::Survey, ""},
    {u"umfrage", FeedbackChannel::Survey, ""},
    {u"enquete", FeedbackChannel::Survey, ""},
    {u"enquête", FeedbackChannel::Survey, ""},
    {u"encuesta", FeedbackChannel::Survey, ""},
    {u"опрос", FeedbackChannel::Survey, ""},
    {u"анкета", FeedbackChannel::Survey, ""},
    {u"email", FeedbackChannel::Email, ""},
    {u"mail", FeedbackChannel::Email, ""},
    {u"phone", FeedbackChannel::Phone, ""},
    {u"telephone", FeedbackChannel::Phone, ""},
    {u"call", FeedbackChannel::Phone, ""},
    {u"commentcard", FeedbackChannel::CommentCard, ""},
    {u"card", FeedbackChannel::CommentCard, ""},
    {u"inperson", FeedbackChannel::InPerson, ""},
    {u"desk", FeedbackChannel::InPerson, ""},
    {u"frontdesk", FeedbackChannel::InPerson, ""},
    {u"reception", FeedbackChannel::InPerson, ""},
};

Error invalid(const QString &field, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, field, {}, 0};
}

const QHash<QString, QString> &aliasTable()
{
    static const QHash<QString, QString> table = CsvColumns::aliasHash(Aliases);
    return table;
}

double numberOf(QString text)
{
    return text.replace(u',', u'.').toDouble();
}

// Every field, in the order the window lists them.
constexpr CsvFieldName FieldNames[] = {
    {"date", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Date given")},
    {"rating", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Rating")},
    {"scale", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Rating scale")},
    {"text", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Text")},
    {"title", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Title")},
    {"site", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Review site or source")},
    {"channel", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Channel")},
    {"language", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Language")},
    {"email", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Guest's e-mail")},
    {"external_id", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Guest's profile id")},
    {"review_id", QT_TRANSLATE_NOOP("FeedbackCsvImport", "Review id (read, not stored)")},
    {"response", QT_TRANSLATE_NOOP("FeedbackCsvImport", "The venue's response")},
};

} // namespace

FeedbackCsvImport::~FeedbackCsvImport() = default;

QList<RecordField> FeedbackCsvImport::namedFields()
{
    return CsvColumns::namesOf(FieldNames, "FeedbackCsvImport");
}

QString FeedbackCsvImport::recognise(const QString &header)
{
    return CsvColumns::recognise(header, fields(), aliasTable());
}

Result<std::unique_ptr<BackgroundJob>> FeedbackCsvImport::start(JobRunner &runner, const QString &path,
                                                                const RecordImportChoices &choices,
                                                                std::optional<RatingScale> scale, bool dryRun)
{
    return startJob(runner, dryRun ? tr("the check of the feedback file") : tr("the feedback import"),
                    dryRun ? tr("Checking every row") : tr("Importing feedback"), path, choices, dryRun,
                    [scale](Database &db) -> std::unique_ptr<RecordCsvImport> {
                        // OpenVenue's teaching is not for other threads: the job learns its own
                        // from its connection.
                        auto teaching = std::make_unique<FeedbackTeaching>(db);
                        auto import = std::make_unique<FeedbackCsvImport>(db, teaching.get());
                        import->m_ownTeaching = std::move(teaching);
                        import->setScale(scale);
                        return import;
                    });
}

QStringList FeedbackCsvImport::fields()
{
    static const QStringList tokens = CsvColumns::tokensOf(FieldNames);
    return tokens;
}

Result<RatingScale> FeedbackCsvImport::readScale(const QString &field, const QString &text)
{
    static const QRegularExpression number(u"\\d+"_s);
    const QString lower = text.trimmed().toLower();
    if (lower.contains(u"nps"))
        return RatingScale::Nps;
    QStringList numbers;
    for (auto it = number.globalMatch(lower); it.hasNext();)
        numbers.append(it.next().captured());
    if (!numbers.isEmpty()) {
        if (numbers.constLast() == u"5" && numbers.size() <= 2 && numbers.constFirst() != u"0")
            return RatingScale::OneToFive;
        if (numbers.constLast() == u"10" && numbers.size() <= 2)
            return numbers.size() == 2 && numbers.constFirst() == u"0" ? RatingScale::Nps
                                                                       : RatingScale::OneToTen;
    }
    return fail(Error::Code::InvalidInput,
                tr("\"%1\" is not a rating scale; use 5 (1 to 5), 10 (1 to 10) or nps (0 to 10).")
                    .arg(TextField::quoted(text)),
                field);
}

FeedbackCsvImport::Source FeedbackCsvImport::sourceOf(const QString &text)
{
    const QString name = text.simplified();
    if (const auto token = feedbackChannelFromToken(name.toLower()))
        return {*token, {}};
    QString key = CsvColumns::canonical(name);
    for (const QString &suffix : {u"reviews"_s, u"review"_s}) {
        if (key.size() > suffix.size() && key.endsWith(suffix))
            key.chop(suffix.size());
    }
    const auto word = std::find_if(std::begin(Sources), std::end(Sources),
                                   [&](const SourceWord &w) { return key == QStringView(w.key); });
    if (word != std::end(Sources))
        return {word->channel, QString::fromLatin1(word->site)};
    if (name.isEmpty())
        return {FeedbackChannel::Survey, {}};
    return {FeedbackChannel::ReviewSite, name}; // a site we do not know by name: kept as written
}

Result<CsvColumns> FeedbackCsvImport::columnsOf(const QStringList &header)
{
    auto columns =
        CsvColumns::fromHeader(header, fields(), aliasTable(), choices().mapping, choices().ignoreUnknown);
    if (!columns)
        return columns;
    if (!columns->has(u"date"_s))
        return std::unexpected(invalid(u"date"_s, tr("No column holds the date the feedback was given.")));
    if (!columns->has(u"rating"_s) && !columns->has(u"text"_s) && !columns->has(u"title"_s))
        return std::unexpected(invalid(u"text"_s, tr("No column holds a rating or the feedback's text.")));
    return columns;
}

Status FeedbackCsvImport::begin()
{
    Statement last(db(), u"SELECT coalesce(max(id), 0) FROM feedback"_s);
    auto value = last.scalar();
    if (!value)
        return std::unexpected(value.error());
    m_storedBefore = value->toLongLong();
    m_service = std::make_unique<FeedbackService>(db(), nullptr, m_teaching);
    return {};
}

Result<std::optional<Rating>> FeedbackCsvImport::ratingOf(const CsvColumns &columns,
                                                          const QStringList &record) const
{
    static const QRegularExpression bare(u"^(\\d+(?:[.,]\\d+)?)$"_s);
    static const QRegularExpression outOf(
        u"^(\\d+(?:[.,]\\d+)?)\\s*(?:/|out of|of|von|sur|de|из)\\s*(\\d+)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = columns.cell(record, u"rating"_s);
    if (text.isEmpty())
        return std::nullopt;
    if (const auto m = outOf.match(text); m.hasMatch()) {
        auto scale = readScale(u"rating"_s, m.captured(2));
        if (!scale)
            return std::unexpected(scale.error());
        return Rating{numberOf(m.captured(1)), *scale};
    }
    if (const auto m = bare.match(text); m.hasMatch()) {
        std::optional<RatingScale> scale = m_scale;
        if (const QString written = columns.cell(record, u"scale"_s); !written.isEmpty()) {
            auto read = readScale(u"scale"_s, written);
            if (!read)
                return std::unexpected(read.error());
            scale = *read;
        }
        if (!scale)
            return std::unexpected(
                invalid(u"rating"_s, tr("The rating \"%1\" has no scale: write it as 4/5 or "
                                        "8/10, add a scale column, or give --scale 5, 10 "
                                        "or nps.")
                                         .arg(TextField::quoted(text))));
        return Rating{numberOf(m.captured(1)), *scale};
    }
    auto parsed = Rating::parse(text); // "nps:9"
    if (!parsed)
        return std::unexpected(parsed.error());
    return *parsed;
}

Result<RecordCsvImport::Outcome> FeedbackCsvImport::storeRow(const CsvColumns &columns,
                                                             const QStringList &record)
{
    const auto cell = [&](const QString &field) { return columns.cell(record, field); };
    NewFeedback input;
    const QString date = cell(u"date"_s);
    if (date.isEmpty())
        return std::unexpected(invalid(u"date"_s, tr("Enter the date the feedback was given.")));
    auto received = ImportDate::readInstant(date, choices().dateFormat);
    if (!received) {
        Error error = received.error();
        error.field = u"date"_s;
        return std::unexpected(error);
    }
    input.receivedAt = received->toMSecsSinceEpoch();
    if (input.receivedAt > db().clock().nowMs())
        return std::unexpected(invalid(u"date"_s, tr("%1 is in the future.").arg(TextField::quoted(date))));

    auto rating = ratingOf(columns, record);
    if (!rating)
        return std::unexpected(rating.error());
    input.rating = *rating;

    // An entry has one text: a review's title goes first, as the guest wrote it above the rest.
    const QString title = cell(u"title"_s);
    const QString body = cell(u"text"_s);
    QString text = title.isEmpty() ? body : title;
    if (!title.isEmpty() && !body.isEmpty())
        text = title + u"\n\n"_s + body;
    auto checked = TextField::lines(u"text"_s, text, FieldLimit::LongText);
    if (!checked)
        return std::unexpected(checked.error());
    input.text = *checked;
    input.language = cell(u"language"_s);

    const QString channel = cell(u"channel"_s);
    const QString site = cell(u"site"_s);
    const Source source = sourceOf(channel.isEmpty() ? site : channel);
    input.channel = source.channel;
    input.site = source.site;
    if (!channel.isEmpty() && !site.isEmpty()) // "review-site" beside "Tripadvisor"
        input.site = sourceOf(site).site.isEmpty() ? site.simplified() : sourceOf(site).site;
    input.isPublic = input.channel == FeedbackChannel::ReviewSite || input.channel == FeedbackChannel::Social;

    GuestKeys keys;
    keys.externalId = cell(u"external_id"_s);
    keys.email = cell(u"email"_s);
    auto guest = GuestMatch(db()).find(keys);
    if (!guest)
        return std::unexpected(guest.error());
    if (*guest)
        input.guestId = (*guest)->id;

    // Stored before this import began (a survey may have two identical rows, each an answer), with
    // this guest or with none (the guest may have been imported since).
    Statement stored(db(),
                     u"SELECT 1 FROM feedback WHERE id <= ? AND (guest_id IS NULL OR guest_id = ?) "
                     "AND received_at = ? AND body = ? AND rating IS ? AND rating_scale IS ? LIMIT 1"_s);
    stored.bind(m_storedBefore, input.guestId, input.receivedAt, input.text);
    stored.bindValue(input.rating ? QVariant(input.rating->value) : QVariant());
    stored.bindValue(input.rating ? QVariant(ratingScaleToken(input.rating->scale)) : QVariant());
    auto found = stored.scalar();
    if (!found)
        return std::unexpected(found.error());
    if (found->isValid())
        return Outcome::Skipped;

    auto added = m_service->add(input);
    if (!added)
        return std::unexpected(added.error());
    // The reply the venue gave (a review site's "response from the owner", Innkeep's own CSV export).
    if (const QString response = cell(u"response"_s); !response.isEmpty()) {
        auto answered = m_service->respond(added->uuid, response);
        if (!answered) {
            Error error = answered.error();
            error.field = u"response"_s;
            return std::unexpected(error);
        }
    }
    return Outcome::Added;
}

} // namespace innkeep

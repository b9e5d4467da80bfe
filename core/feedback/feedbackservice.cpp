// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackservice.h"

#include "analysis/hospitalitytopic.h"
#include "common/fieldlimits.h"
#include "common/languagecode.h"
#include "common/textfield.h"
#include "common/uuid.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "tickets/guestandstay.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

namespace innkeep {

using namespace Qt::StringLiterals;

FeedbackService::FeedbackService(Database &db, const Clock *clock, FeedbackTeaching *teaching)
    : m_db(db), m_clock(clock ? *clock : db.clock()), m_repo(db),
      m_ownTeaching(teaching ? nullptr : std::make_unique<FeedbackTeaching>(db)),
      m_teaching(teaching ? teaching : m_ownTeaching.get())
{}

FeedbackService::~FeedbackService() = default;

Result<FeedbackEntry> FeedbackService::load(const QString &uuid)
{
    auto found = m_repo.byUuid(uuid);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(Error::Code::NotFound, tr("There is no feedback entry %1.").arg(TextField::quoted(uuid)),
                    u"feedback"_s);
    return **found;
}

Result<FeedbackEntry> FeedbackService::entry(const QString &uuid)
{
    return load(uuid);
}

Result<FeedbackEntry> FeedbackService::add(const NewFeedback &input)
{
    FeedbackEntry e;
    e.channel = input.channel;
    auto site = TextField::line(u"site"_s, input.site, FieldLimit::ShortText);
    if (!site)
        return std::unexpected(site.error());
    auto text = TextField::lines(u"text"_s, input.text, FieldLimit::LongText);
    if (!text)
        return std::unexpected(text.error());
    auto language = LanguageCode::normalised(u"language"_s, input.language);
    if (!language)
        return std::unexpected(language.error());
    e.site = *site;
    e.text = *text;
    e.language = *language;
    e.rating = input.rating;
    e.isPublic = input.isPublic;
    if (e.rating) {
        if (auto ok = e.rating->validate(); !ok)
            return std::unexpected(ok.error());
    }
    if (!e.rating && e.text.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Feedback needs a rating or some text."), u"text"_s);
    if (e.channel == FeedbackChannel::ReviewSite && e.site.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Name the review site the feedback was posted on."),
                    u"site"_s);

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    TicketRepository people(m_db);
    auto linked = resolveGuestAndStay(people, input.guestId, input.guestUuid, input.stayId, input.stayUuid);
    if (!linked)
        return std::unexpected(linked.error());
    e.guestId = linked->guest.id;
    e.guestUuid = linked->guest.uuid;
    e.stayId = linked->stay.id;
    const qint64 now = m_clock.nowMs();
    e.uuid = m_db.newUuid();
    e.receivedAt = input.receivedAt > 0 ? input.receivedAt : now;
    e.createdBy = m_db.staff();
    e.createdAt = e.updatedAt = now;
    e.analysis = FeedbackTeaching::read(m_teaching->analyser(), e.text, e.language);
    e.analyserVersion = FeedbackAnalyser::Version;
    auto id = m_repo.insert(e);
    if (!id)
        return std::unexpected(id.error());
    e.id = *id;
    if (auto ok = ChangeLog(m_db).recordInsert(FeedbackRepository::FeedbackTable, e.uuid,
                                               FeedbackRepository::rowOf(e), e.guestUuid);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_repo.updateSearchDocument(e.id); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Added, e.uuid, e.guestUuid);
    auto stored = m_repo.byId(e.id); // with names and attention flags
    if (!stored)
        return std::unexpected(stored.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return stored->value_or(e);
}

Status FeedbackService::save(const FeedbackEntry &before, FeedbackEntry &after)
{
    after.updatedAt = m_clock.nowMs();
    auto changes = m_repo.update(before, after);
    if (!changes)
        return std::unexpected(changes.error());
    if (auto ok = ChangeLog(m_db).recordUpdates(FeedbackRepository::FeedbackTable, after.uuid, *changes,
                                                after.guestUuid);
        !ok)
        return ok;
    if (auto ok = m_repo.updateSearchDocument(after.id); !ok)
        return ok;
    announceAfterCommit(m_db, Kind::Changed, after.uuid, after.guestUuid);
    return {};
}

Result<FeedbackEntry> FeedbackService::respond(const QString &uuid, const QString &response)
{
    auto checked = TextField::lines(u"response"_s, response, FieldLimit::LongText);
    if (!checked)
        return std::unexpected(checked.error());
    if (checked->isEmpty())
        return fail(Error::Code::InvalidInput, tr("The response cannot be empty."), u"response"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto e = load(uuid);
    if (!e)
        return e;
    const FeedbackEntry before = *e;
    e->response = *checked;
    e->respondedAt = m_clock.nowMs();
    e->needsAttention = false;
    if (auto ok = save(before, *e); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return e;
}

Result<ComplaintTicket> FeedbackService::toTicket(const QString &uuid, const QString &category,
                                                  std::optional<TicketSeverity> severity)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto e = load(uuid);
    if (!e)
        return std::unexpected(e.error());
    if (e->ticketId > 0)
        return fail(Error::Code::Conflict, tr("This feedback already has ticket %1.").arg(e->ticketUuid),
                    u"feedback"_s);

    NewTicket input;
    input.guestId = e->guestId;
    input.stayId = e->stayId;
    input.category = category;
    input.severity = severity.value_or(
        e->ratingNormalised && *e->ratingNormalised <= 0.2 ? TicketSeverity::High : TicketSeverity::Medium);
    input.source = u"feedback"_s;
    input.feedbackId = e->id;
    const QString where =
        e->channel == FeedbackChannel::ReviewSite ? e->site : feedbackChannelLabel(e->channel);
    input.description = e->text.isEmpty()
                            ? tr("Rating %1 via %2").arg(e->rating ? e->rating->toString() : QString(), where)
                            : e->text;
    if (input.guestId == 0)
        input.room = tr("unknown"); // feedback without a guest still becomes a ticket
    TicketService tickets(m_db, &m_clock);
    auto ticket = tickets.create(input);
    if (!ticket)
        return std::unexpected(ticket.error());

    const FeedbackEntry before = *e;
    e->ticketId = ticket->id;
    e->ticketUuid = ticket->uuid;
    if (auto ok = save(before, *e); !ok)
        return std::unexpected(ok.error());
    ticket->feedbackUuid = e->uuid;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return ticket;
}

Status FeedbackService::setAttentionThreshold(double threshold)
{
    if (!(threshold >= 0 && threshold <= 1))
        return fail(Error::Code::InvalidInput, tr("The attention threshold is a number from 0 to 1."),
                    u"threshold"_s);
    return storeThreshold(FeedbackRepository::ThresholdKey, threshold,
                          &FeedbackRepository::attentionThreshold,
                          &FeedbackRepository::setAttentionThreshold);
}

Status FeedbackService::setSentimentThreshold(double threshold)
{
    if (!(threshold >= -1 && threshold <= 1))
        return fail(Error::Code::InvalidInput, tr("The sentiment threshold is a number from -1 to 1."),
                    u"sentiment_threshold"_s);
    return storeThreshold(FeedbackRepository::SentimentThresholdKey, threshold,
                          &FeedbackRepository::sentimentThreshold,
                          &FeedbackRepository::setSentimentThreshold);
}

Status FeedbackService::storeThreshold(const QString &key, double threshold,
                                       Result<double> (FeedbackRepository::*read)(),
                                       Status (FeedbackRepository::*write)(double, qint64))
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto old = (m_repo.*read)();
    if (!old)
        return std::unexpected(old.error());
    if (auto ok = (m_repo.*write)(threshold, m_db.hlc().next()); !ok)
        return ok;
    if (auto ok = ChangeLog(m_db).recordUpdate(u"venue_settings"_s, key, u"value"_s, QString::number(*old),
                                               QString::number(threshold));
        !ok)
        return ok;
    announceManyAfterCommit(m_db); // which entries need attention changes with it
    return tx->commit();
}

namespace {

Status checkTopics(const QStringList &keys, const QString &field)
{
    for (const QString &key : keys) {
        if (!HospitalityTopic::isKey(key))
            //: %1 is what was typed, %2 the list of topic keys.
            return fail(Error::Code::InvalidInput,
                        FeedbackService::tr("%1 is not a topic; topics are: %2.")
                            .arg(TextField::quoted(key), HospitalityTopic::keys().join(u", "_s)),
                        field);
    }
    return {};
}

} // namespace

Result<FeedbackEntry> FeedbackService::correct(const QString &uuid, const FeedbackCorrection &correction)
{
    if (auto ok = checkTopics(correction.addTopics, u"add_topics"_s); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkTopics(correction.removeTopics, u"remove_topics"_s); !ok)
        return std::unexpected(ok.error());
    for (const QString &key : correction.addTopics) {
        if (correction.removeTopics.contains(key))
            return fail(Error::Code::InvalidInput,
                        tr("Topic %1 cannot be both added and removed.").arg(TextField::quoted(key)),
                        u"remove_topics"_s);
    }
    if (!correction.label && !correction.clearLabel && correction.addTopics.isEmpty()
        && correction.removeTopics.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Say what to correct: the label or a topic."), u"label"_s);
    if (correction.label && correction.clearLabel)
        return fail(Error::Code::InvalidInput,
                    tr("Either set the label or give it back to the analyser, not both."), u"label"_s);

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto e = load(uuid);
    if (!e)
        return e;
    const FeedbackEntry before = *e;
    if (correction.label)
        e->correctedLabel = correction.label;
    else if (correction.clearLabel)
        e->correctedLabel.reset();
    for (const QString &key : correction.addTopics) {
        e->topicsRemoved.removeAll(key);
        if (!e->topicsAdded.contains(key))
            e->topicsAdded << key;
    }
    for (const QString &key : correction.removeTopics) {
        e->topicsAdded.removeAll(key);
        if (!e->topicsRemoved.contains(key))
            e->topicsRemoved << key;
    }
    const auto inOrder = [](QStringList keys) {
        QStringList ordered;
        for (const QString &key : HospitalityTopic::keys()) {
            if (keys.contains(key))
                ordered << key;
        }
        return ordered;
    };
    e->topicsAdded = inOrder(e->topicsAdded);
    e->topicsRemoved = inOrder(e->topicsRemoved);
    const bool corrected = e->correctedLabel || !e->topicsAdded.isEmpty() || !e->topicsRemoved.isEmpty();
    if (corrected) {
        e->correctedBy = m_db.staff();
        e->correctedAt = m_clock.nowMs();
    } else {
        e->correctedBy.clear();
        e->correctedAt.reset();
    }
    if (auto ok = save(before, *e); !ok)
        return std::unexpected(ok.error());
    if (e->topicsAdded != before.topicsAdded || e->topicsRemoved != before.topicsRemoved) {
        if (auto ok = m_repo.storeStaffTopics(e->id, e->topicsAdded, e->topicsRemoved); !ok)
            return std::unexpected(ok.error());
        ChangeLog log(m_db);
        const auto joined = [](const QStringList &keys) { return keys.join(u','); };
        if (e->topicsAdded != before.topicsAdded) {
            if (auto ok = log.recordUpdate(FeedbackRepository::TopicsTable, e->uuid, u"staff-added"_s,
                                           joined(before.topicsAdded), joined(e->topicsAdded), e->guestUuid);
                !ok)
                return std::unexpected(ok.error());
        }
        if (e->topicsRemoved != before.topicsRemoved) {
            if (auto ok =
                    log.recordUpdate(FeedbackRepository::TopicsTable, e->uuid, u"staff-removed"_s,
                                     joined(before.topicsRemoved), joined(e->topicsRemoved), e->guestUuid);
                !ok)
                return std::unexpected(ok.error());
        }
    }
    auto stored = m_repo.byId(e->id); // with the effective flags
    if (!stored)
        return std::unexpected(stored.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    m_teaching->forget();
    return stored->value_or(*e);
}

} // namespace innkeep

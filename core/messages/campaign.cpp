// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign.h"

#include "common/textfield.h"
#include "messages/guestfacts.h"
#include "messages/messagetemplates.h"
#include "segments/segmentservice.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "venue/venuesettings.h"

#include <QSet>

namespace innkeep {

int Campaign::minDaysBetween() const
{
    bool ok = false;
    const int days = VenueSettings(m_db).value(MinDaysBetweenKey).trimmed().toInt(&ok);
    return ok && days >= 0 ? days : DefaultMinDaysBetween;
}

Result<bool> Campaign::recentlyContacted(qint64 guestId, int days)
{
    if (days <= 0)
        return false;
    const qint64 since = m_db.clock().nowMs() - qint64(days) * 24 * 3600 * 1000;
    Statement select(m_db,
                     QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE guest_id = ? "
                                    "AND status IN ('queued', 'sending', 'sent', 'unknown', 'exported') "
                                    "AND COALESCE(sent_at, created_at) >= ?)"));
    auto found = select.bind(guestId, since).scalar();
    if (!found)
        return std::unexpected(found.error());
    return found->toLongLong() != 0;
}

Result<CampaignPlan> Campaign::plan(const QString &templateName, const QStringList &audience,
                                    MessageChannel channel)
{
    auto languages = MessageTemplates(m_db).named(templateName);
    if (!languages)
        return std::unexpected(languages.error());
    const QString venue = VenueSettings(m_db).venueName();
    const int days = minDaysBetween();
    CampaignPlan plan;
    plan.templateName = languages->constFirst().name;
    plan.channel = channel;
    QSet<QString> seen;
    GuestFactsReader reader(m_db);
    for (const QString &uuid : audience) {
        const QString key = uuid.trimmed().toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        auto facts = reader.read(key);
        if (!facts)
            return std::unexpected(facts.error());
        const bool email = channel == MessageChannel::Email;
        const QString address = email ? facts->email : facts->phone;
        std::optional<SkipReason> reason;
        if (facts->archived)
            reason = SkipReason::Archived;
        else if (facts->blocked)
            reason = SkipReason::Blocked;
        else if (!facts->consentMarketing || !(email ? facts->consentEmail : facts->consentSms))
            reason = SkipReason::NoConsent;
        else if (address.isEmpty())
            reason = SkipReason::NoAddress;
        if (!reason) {
            auto recent = recentlyContacted(facts->id, days);
            if (!recent)
                return std::unexpected(recent.error());
            if (*recent)
                reason = SkipReason::RecentlyContacted;
        }
        if (reason) {
            plan.skipped.append({facts->uuid, facts->displayName, *reason});
            continue;
        }
        const MessageTemplate &chosen = MessageTemplates::pick(*languages, facts->language);
        const auto values = facts->placeholderValues(chosen.language, venue);
        plan.recipients.append({facts->id, facts->uuid, facts->displayName, chosen.language, address,
                                TemplateText::fill(chosen.subject, values),
                                TemplateText::fill(chosen.body, values)});
    }
    return plan;
}

Result<QStringList> Campaign::segmentAudience(const QString &segmentName)
{
    SegmentService segments(m_db);
    auto segment = segments.byName(segmentName);
    if (!segment)
        return std::unexpected(segment.error());
    if (!*segment)
        return fail(Error::Code::NotFound,
                    tr("There is no segment called %1; innkeep-cli segment list shows them.")
                        .arg(TextField::quoted(segmentName)),
                    QStringLiteral("segment"));
    auto members = segments.members(**segment);
    if (!members)
        return std::unexpected(members.error());
    QStringList uuids;
    uuids.reserve(members->size());
    for (const SegmentMember &member : *members)
        uuids.append(member.uuid);
    return uuids;
}

} // namespace innkeep

// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// loyalty show, adjust, redeem, undo, referral, tiers, tier, refresh: the loyalty programme.
#include "commandregistry.h"
#include "commands.h"
#include "common/money.h"
#include "common/textfield.h"
#include "console.h"

#include <QJsonArray>
#include <QLocale>

namespace innkeep::cli {

namespace {

const QString PointsOption = QStringLiteral("points");
const QString ReasonOption = QStringLiteral("reason");

// Every loyalty command first brings the programme up to today (points for stays checked out, expiries,
// tier changes), except on a file it may not write.
Status upToDate(OpenVenue &venue)
{
    if (venue.isReadOnly())
        return {};
    auto report = venue.bringLoyaltyUpToDate();
    if (!report)
        return std::unexpected(report.error());
    return {};
}

QJsonObject toJson(const PointsEntry &entry)
{
    return {
        {QStringLiteral("uuid"), entry.uuid},
        {QStringLiteral("booked_on"), entry.bookedOn.toString(Qt::ISODate)},
        {QStringLiteral("kind"), toToken(entry.kind)},
        {QStringLiteral("points"), entry.points},
        {QStringLiteral("reason"), entry.reason},
        {QStringLiteral("staff"), entry.staff},
        {QStringLiteral("stay_uuid"), entry.stayUuid.isEmpty() ? QJsonValue() : QJsonValue(entry.stayUuid)},
        {QStringLiteral("refers_to"), entry.refersTo.isEmpty() ? QJsonValue() : QJsonValue(entry.refersTo)},
        {QStringLiteral("expires_on"),
         entry.expiresOn.isValid() ? QJsonValue(entry.expiresOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("undone"), entry.undone}};
}

QJsonObject toJson(const LoyaltyTier &tier, const QString &currency)
{
    QJsonObject object{{QStringLiteral("uuid"), tier.uuid},
                       {QStringLiteral("name"), tier.name},
                       {QStringLiteral("position"), tier.position},
                       {QStringLiteral("basis"), toToken(tier.basis)},
                       {QStringLiteral("window_months"), tier.windowMonths}};
    if (tier.basis == TierBasis::Spend)
        object.insert(QStringLiteral("threshold"), Money(tier.threshold, currency).amountText());
    else
        object.insert(QStringLiteral("threshold"), tier.threshold);
    return object;
}

// --points N: a whole number, positive unless `signedAllowed`.
Result<qint64> pointsValue(const QCommandLineParser &parser, bool signedAllowed)
{
    const QString text = parser.value(PointsOption).trimmed();
    bool ok = false;
    const qint64 points = text.toLongLong(&ok);
    if (text.isEmpty() || !ok || (!signedAllowed && points <= 0))
        return fail(
            Error::Code::InvalidInput,
            signedAllowed
                ? Command::tr("--points is a whole number: 500 to add, -200 to take off; \"%1\" is not.")
                      .arg(TextField::quoted(text))
                : Command::tr("--points is a whole number above 0; \"%1\" is not.")
                      .arg(TextField::quoted(text)),
            PointsOption);
    return points;
}

class LoyaltyShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyShowCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("loyalty show"); }
    QString description() const override
    {
        return tr("A guest's tier (and why), points balance, ledger and tier changes.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("guest"), tr("The guest's id."),
                                     QStringLiteral("GUEST_ID"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        const QString guest = parser.positionalArguments().constFirst();
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        OpenVenue &open = **venue;
        if (auto ok = upToDate(open); !ok)
            return fail(ok.error());
        auto balance = open.points().balance(guest);
        if (!balance)
            return fail(balance.error());
        auto entries = open.points().entries(guest);
        if (!entries)
            return fail(entries.error());
        auto standing = open.loyaltyTiers().standing(guest);
        if (!standing)
            return fail(standing.error());
        auto history = open.loyaltyTiers().history(guest);
        if (!history)
            return fail(history.error());
        const QString tier = history->isEmpty() ? QString() : history->constFirst().tier;

        if (json(parser)) {
            QJsonArray ledger;
            for (const PointsEntry &entry : std::as_const(*entries))
                ledger.append(toJson(entry));
            QJsonArray changes;
            for (const TierChange &change : std::as_const(*history))
                changes.append(
                    QJsonObject{{QStringLiteral("tier"), change.tier},
                                {QStringLiteral("previous"), change.previous},
                                {QStringLiteral("changed_on"), change.changedOn.toString(Qt::ISODate)},
                                {QStringLiteral("reason"), change.reason}});
            printJson(QJsonObject{{QStringLiteral("guest"), guest.trimmed().toLower()},
                                  {QStringLiteral("tier"), tier},
                                  {QStringLiteral("tier_reason"), standing->reason},
                                  {QStringLiteral("balance"), *balance},
                                  {QStringLiteral("entries"), ledger},
                                  {QStringLiteral("tier_changes"), changes}});
            return Success;
        }
        const QLocale locale;
        printLine(tr("Tier: %1").arg(tier.isEmpty() ? tr("none") : tier));
        if (!standing->reason.isEmpty())
            printLine(QStringLiteral("  ") + standing->reason);
        printLine(tr("Points: %1").arg(locale.toString(*balance)));
        if (!entries->isEmpty())
            printLine(QString());
        for (const PointsEntry &entry : std::as_const(*entries)) {
            QString line =
                QStringLiteral("%1  %2  %3  %4")
                    .arg(entry.bookedOn.toString(Qt::ISODate),
                         (entry.points > 0 ? QStringLiteral("+") : QString()) + locale.toString(entry.points),
                         displayText(entry.kind), entry.reason);
            if (!entry.staff.isEmpty())
                line += tr(" (by %1)").arg(entry.staff);
            if (entry.expiresOn.isValid() && entry.points > 0)
                line += tr(", expires %1").arg(entry.expiresOn.toString(Qt::ISODate));
            if (entry.undone)
                line += tr(" [undone]");
            printLine(line + QStringLiteral("  ") + entry.uuid);
        }
        if (!history->isEmpty()) {
            printLine(QString());
            for (const TierChange &change : std::as_const(*history))
                printLine(tr("%1  %2 → %3: %4")
                              .arg(change.changedOn.toString(Qt::ISODate),
                                   change.previous.isEmpty() ? tr("none") : change.previous,
                                   change.tier.isEmpty() ? tr("none") : change.tier, change.reason));
        }
        return Success;
    }
};

// adjust and redeem: points and a reason; prints the new entry's id.
class PointsWriteCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PointsWriteCommand)

public:
    PointsWriteCommand(const Clock &clock, bool redeem) : Command(clock), m_redeem(redeem) {}
    QString name() const override
    {
        return m_redeem ? QStringLiteral("loyalty redeem") : QStringLiteral("loyalty adjust");
    }
    QString description() const override
    {
        return m_redeem
                   ? tr("Redeem a guest's points (never beyond the balance); prints the entry's id.")
                   : tr("Add or take off a guest's points by hand, with a reason; prints the entry's id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("guest"), tr("The guest's id."),
                                     QStringLiteral("GUEST_ID"));
        parser.addOption(QCommandLineOption(PointsOption,
                                            m_redeem ? tr("How many points to redeem.")
                                                     : tr("Points to add (500) or take off (-200)."),
                                            QStringLiteral("N")));
        parser.addOption(QCommandLineOption(ReasonOption, tr("Why (required)."), tr("text")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        auto points = pointsValue(parser, !m_redeem);
        if (!points)
            return usage(points.error().message);
        if (parser.value(ReasonOption).trimmed().isEmpty())
            return usage(tr("--reason is required, e.g. --reason \"Late check-out voucher\"."));
        const QString guest = parser.positionalArguments().constFirst();
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            if (auto ok = upToDate(venue); !ok)
                return std::unexpected(ok.error());
            return uuidOf(m_redeem ? venue.points().redeem(guest, *points, parser.value(ReasonOption))
                                   : venue.points().adjust(guest, *points, parser.value(ReasonOption)));
        });
    }

private:
    bool m_redeem;
};

class PointsUndoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PointsUndoCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("loyalty undo"); }
    QString description() const override
    {
        return tr(
            "Undo a points entry with its opposite (the ledger keeps both); prints the new entry's id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("entry"), tr("The entry's id (loyalty show lists them)."),
                                     QStringLiteral("ENTRY_ID"));
        parser.addOption(QCommandLineOption(ReasonOption, tr("Why (required)."), tr("text")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        if (parser.value(ReasonOption).trimmed().isEmpty())
            return usage(tr("--reason is required, e.g. --reason \"Entered twice\"."));
        const QString entry = parser.positionalArguments().constFirst();
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            if (auto ok = upToDate(venue); !ok)
                return std::unexpected(ok.error());
            return uuidOf(venue.points().undo(entry, parser.value(ReasonOption)));
        });
    }
};

class ReferralCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReferralCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("loyalty referral"); }
    QString description() const override
    {
        return tr("Credit the referral bonus to the guest who brought another (once per new guest).");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("guest"), tr("The id of the guest who referred."),
                                     QStringLiteral("GUEST_ID"));
        parser.addOption(QCommandLineOption(
            QStringLiteral("referred"), tr("The id of the guest they brought."), QStringLiteral("GUEST_ID")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        if (parser.value(QStringLiteral("referred")).isEmpty())
            return usage(tr("--referred is required: the id of the guest who was brought."));
        const QString guest = parser.positionalArguments().constFirst();
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            if (auto ok = upToDate(venue); !ok)
                return std::unexpected(ok.error());
            return uuidOf(venue.points().creditReferral(guest, parser.value(QStringLiteral("referred"))));
        });
    }
};

class TiersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TiersCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("loyalty tiers"); }
    QString description() const override { return tr("The venue's loyalty tiers, lowest first."); }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &) override {}

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        auto tiers = (*venue)->loyaltyTiers().tiers();
        if (!tiers)
            return fail(tiers.error());
        const QString currency = (*venue)->settings().currency();
        if (json(parser)) {
            QJsonArray list;
            for (const LoyaltyTier &tier : std::as_const(*tiers))
                list.append(toJson(tier, currency));
            printJson(list);
            return Success;
        }
        if (tiers->isEmpty())
            printLine(
                tr("No tiers yet; innkeep-cli loyalty tier NAME --basis nights --threshold 10 adds one."));
        const QLocale locale;
        for (const LoyaltyTier &tier : std::as_const(*tiers)) {
            const QString threshold =
                tier.basis == TierBasis::Spend
                    ? Money(tier.threshold, currency).toString(locale, currency + QLatin1Char(' '))
                    : locale.toString(tier.threshold);
            printLine(tr("%1: %2 %3, %4")
                          .arg(tier.name, threshold, displayText(tier.basis).toLower(),
                               tier.windowMonths > 0 ? tr("over the last %1 months").arg(tier.windowMonths)
                                                     : tr("over every stay")));
        }
        return Success;
    }
};

class TierCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TierCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("loyalty tier"); }
    QString description() const override
    {
        return tr("Add or change a loyalty tier (or --remove it); prints its id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("name"), tr("The tier's name, e.g. Gold."),
                                     QStringLiteral("NAME"));
        parser.addOption(
            QCommandLineOption(QStringLiteral("basis"), tr("nights, stays or spend."), tr("basis")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("threshold"),
            tr("How many nights or stays, or how much spend (in the venue's currency) reaches it."),
            QStringLiteral("N")));
        parser.addOption(QCommandLineOption(QStringLiteral("window-months"),
                                            tr("Count only the last N months (default 0: every stay)."),
                                            QStringLiteral("N")));
        parser.addOption(QCommandLineOption(QStringLiteral("position"),
                                            tr("Rank among the tiers, 1 lowest (default: above the others)."),
                                            QStringLiteral("N")));
        parser.addOption(QCommandLineOption(QStringLiteral("rename"), tr("A new name."), tr("name")));
        parser.addOption(QCommandLineOption(QStringLiteral("remove"), tr("Remove the tier.")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        const QString name = parser.positionalArguments().constFirst();
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        LoyaltyTiers &tiers = (*venue)->loyaltyTiers();
        auto existing = tiers.byName(name);
        if (!existing && existing.error().code != Error::Code::NotFound)
            return fail(existing.error());
        if (parser.isSet(QStringLiteral("remove"))) {
            if (!existing)
                return fail(existing.error());
            if (auto ok = tiers.remove(existing->uuid); !ok)
                return fail(ok.error());
            if (auto ok = upToDate(**venue); !ok)
                return fail(ok.error());
            printLine(existing->uuid);
            return Success;
        }
        LoyaltyTier tier = existing ? *existing : LoyaltyTier{};
        tier.name = parser.isSet(QStringLiteral("rename")) ? parser.value(QStringLiteral("rename")) : name;
        if (parser.isSet(QStringLiteral("basis"))) {
            const auto basis = tierBasisFromToken(parser.value(QStringLiteral("basis")));
            if (!basis)
                return usage(tr("--basis: \"%1\" is not one of nights, stays, spend.")
                                 .arg(TextField::quoted(parser.value(QStringLiteral("basis")))));
            tier.basis = *basis;
        } else if (!existing) {
            return usage(tr("--basis is required for a new tier: nights, stays or spend."));
        }
        if (parser.isSet(QStringLiteral("threshold"))) {
            const QString text = parser.value(QStringLiteral("threshold"));
            if (tier.basis == TierBasis::Spend) {
                auto amount =
                    Money::parse(QStringLiteral("threshold"), text, (*venue)->settings().currency());
                if (!amount)
                    return usage(QStringLiteral("--threshold: ") + amount.error().message);
                tier.threshold = amount->minor();
            } else {
                bool ok = false;
                tier.threshold = text.toLongLong(&ok);
                if (!ok || tier.threshold < 0)
                    return usage(tr("--threshold is a whole number of 0 or more; \"%1\" is not.")
                                     .arg(TextField::quoted(text)));
            }
        } else if (!existing) {
            return usage(tr("--threshold is required for a new tier, e.g. --threshold 10."));
        }
        for (const auto &[option, target] : {std::pair{QStringLiteral("window-months"), &tier.windowMonths},
                                             {QStringLiteral("position"), &tier.position}}) {
            if (!parser.isSet(option))
                continue;
            bool ok = false;
            *target = parser.value(option).toInt(&ok);
            if (!ok || *target < 0)
                return usage(tr("--%1 is a whole number of 0 or more; \"%2\" is not.")
                                 .arg(option, TextField::quoted(parser.value(option))));
        }
        auto stored = existing ? tiers.update(tier) : tiers.add(tier);
        if (!stored)
            return fail(stored.error());
        if (auto ok = upToDate(**venue); !ok)
            return fail(ok.error());
        printLine(stored->uuid);
        return Success;
    }
};

class LoyaltyRefreshCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyRefreshCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("loyalty refresh"); }
    QString description() const override
    {
        return tr("Bring the programme up to today: points for checked-out stays, expiries, tier changes.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &) override {}

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        auto report = (*venue)->bringLoyaltyUpToDate();
        if (!report)
            return fail(report.error());
        if (json(parser))
            printJson(QJsonObject{{QStringLiteral("points_entries"), report->pointsEntries},
                                  {QStringLiteral("tier_changes"), report->tierChanges}});
        else
            printLine(
                tr("Points entries written: %1. Tier changes: %2.")
                    .arg(QLocale().toString(report->pointsEntries), QLocale().toString(report->tierChanges)));
        return Success;
    }
};

} // namespace

void registerLoyaltyCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<LoyaltyShowCommand>(clock));
    registry.add(std::make_unique<PointsWriteCommand>(clock, false));
    registry.add(std::make_unique<PointsWriteCommand>(clock, true));
    registry.add(std::make_unique<PointsUndoCommand>(clock));
    registry.add(std::make_unique<ReferralCommand>(clock));
    registry.add(std::make_unique<TiersCommand>(clock));
    registry.add(std::make_unique<TierCommand>(clock));
    registry.add(std::make_unique<LoyaltyRefreshCommand>(clock));
}

} // namespace innkeep::cli

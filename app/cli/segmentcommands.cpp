// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// segment create, count, members, list: saved guest segments and who is in them (docs/segments.md).
#include "commandregistry.h"
#include "commands.h"
#include "common/textfield.h"
#include "console.h"
#include "segments/segmentservice.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace innkeep::cli {

namespace {

const QString RuleOption = u"rule"_s;

// What a count or member list is about: a saved segment, or a rule given with --rule.
struct Target
{
    std::optional<Segment> segment;
    std::optional<SegmentRule> rule;
    int exitCode = Success; // UsageError for a wrong rule or arguments, Failure otherwise
    Error error;
};

// A rule that cannot be read is a usage error (exit 2): the one line names its column and token.
bool isRuleError(const Error &error)
{
    return error.field == QLatin1String("rule") && error.code == Error::Code::InvalidInput;
}

class SegmentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCommand)

public:
    using Command::Command;

protected:
    void addTargetOptions(QCommandLineParser &parser)
    {
        parser.addPositionalArgument(u"name"_s, tr("The saved segment's name (or give --rule)."),
                                     u"[NAME]"_s);
        parser.addOption(QCommandLineOption(
            RuleOption, tr("A rule instead of a saved segment, e.g. 'stays >= 2 AND consent_email'."),
            tr("rule")));
    }

    // The segment named by the argument, or the --rule; `service` reads the saved ones.
    Target target(const QCommandLineParser &parser, SegmentService &service) const
    {
        Target target;
        const QStringList positional = parser.positionalArguments();
        const bool byRule = parser.isSet(RuleOption);
        if (positional.size() > 1 || (byRule == !positional.isEmpty())) {
            target.exitCode = UsageError;
            target.error.message = tr("name one saved segment, or give --rule; not both.");
            return target;
        }
        if (byRule) {
            auto rule = SegmentRule::parse(parser.value(RuleOption));
            if (!rule) {
                target.exitCode = UsageError;
                target.error = rule.error();
                return target;
            }
            target.rule = *rule;
            return target;
        }
        auto found = service.byName(positional.constFirst());
        if (!found || !*found) {
            target.exitCode = Failure;
            target.error =
                found ? Error{Error::Code::NotFound,
                              tr("There is no segment called %1; innkeep-cli segment list shows them.")
                                  .arg(TextField::quoted(positional.constFirst())),
                              u"segment"_s,
                              {},
                              0}
                      : found.error();
            return target;
        }
        target.segment = **found;
        auto rule = SegmentRule::parse((*found)->rule);
        if (!rule) {
            target.exitCode = Failure;
            target.error = rule.error();
            return target;
        }
        target.rule = *rule;
        return target;
    }

    int failed(const Target &target) const
    {
        return target.exitCode == UsageError ? usage(target.error.toString()) : fail(target.error);
    }

    // A failed count or list: a rule the venue's currency cannot hold is the user's to fix (2).
    int failed(const Error &error) const
    {
        return isRuleError(error) ? usage(error.toString()) : fail(error);
    }
};

class SegmentCreateCommand final : public SegmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCreateCommand)

public:
    using SegmentCommand::SegmentCommand;
    QString name() const override { return u"segment create"_s; }
    QString description() const override
    {
        return tr("Save a named guest segment with its rule (docs/segments.md); prints its id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"name"_s, tr("The segment's name, unique in the venue."), u"NAME"_s);
        parser.addOption(QCommandLineOption(
            RuleOption, tr("Who is in it, e.g. 'stays >= 2 AND last_stay within 365d AND consent_email'."),
            tr("rule")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        if (!parser.isSet(RuleOption))
            return usage(tr("--rule is required, e.g. --rule 'stays >= 2 AND consent_email'."));
        // Read before the file is opened, so a wrong rule is reported the same with or without one.
        if (auto rule = SegmentRule::parse(parser.value(RuleOption)); !rule)
            return usage(rule.error().toString());
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        SegmentService segments((*opened)->database());
        auto created = segments.create(parser.positionalArguments().constFirst(), parser.value(RuleOption));
        if (!created)
            return failed(created.error());
        printLine(created->uuid);
        return Success;
    }
};

class SegmentCountCommand final : public SegmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCountCommand)

public:
    using SegmentCommand::SegmentCommand;
    QString name() const override { return u"segment count"_s; }
    QString description() const override
    {
        return tr("How many guests are in a saved segment, or match --rule, today.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override { addTargetOptions(parser); }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() > 1
            || parser.isSet(RuleOption) == !parser.positionalArguments().isEmpty())
            return usage(tr("name one saved segment, or give --rule; not both."));
        if (parser.isSet(RuleOption)) {
            if (auto rule = SegmentRule::parse(parser.value(RuleOption)); !rule)
                return usage(rule.error().toString());
        }
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        SegmentService segments((*opened)->database());
        const Target target = this->target(parser, segments);
        if (target.exitCode != Success)
            return failed(target);
        auto count = segments.count(*target.rule);
        if (!count)
            return failed(count.error());
        if (json(parser)) {
            QJsonObject object{{u"count"_s, *count}, {u"rule"_s, target.rule->text()}};
            if (target.segment)
                object.insert(u"segment"_s, target.segment->name);
            printJson(object);
        } else {
            printLine(QString::number(*count));
        }
        return Success;
    }
};

class SegmentMembersCommand final : public SegmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SegmentMembersCommand)

public:
    using SegmentCommand::SegmentCommand;
    QString name() const override { return u"segment members"_s; }
    QString description() const override
    {
        return tr("The guests in a saved segment (or matching --rule) today, one a line: id and name, "
                  "by Latin family name.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override { addTargetOptions(parser); }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() > 1
            || parser.isSet(RuleOption) == !parser.positionalArguments().isEmpty())
            return usage(tr("name one saved segment, or give --rule; not both."));
        if (parser.isSet(RuleOption)) {
            if (auto rule = SegmentRule::parse(parser.value(RuleOption)); !rule)
                return usage(rule.error().toString());
        }
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        SegmentService segments((*opened)->database());
        const Target target = this->target(parser, segments);
        if (target.exitCode != Success)
            return failed(target);
        auto members = segments.members(*target.rule);
        if (!members)
            return failed(members.error());
        if (json(parser)) {
            QJsonArray array;
            for (const SegmentMember &member : std::as_const(*members))
                array.append(QJsonObject{{u"guest"_s, member.uuid}, {u"name"_s, member.name}});
            printJson(array);
            return Success;
        }
        for (const SegmentMember &member : std::as_const(*members))
            printLine(member.uuid + u"  "_s + member.name);
        return Success;
    }
};

class SegmentListCommand final : public SegmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SegmentListCommand)

public:
    using SegmentCommand::SegmentCommand;
    QString name() const override { return u"segment list"_s; }
    QString description() const override
    {
        return tr("The saved segments: name, how many guests are in each today, and the rule.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &) override {}

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        SegmentService segments((*opened)->database());
        auto list = segments.list();
        if (!list)
            return fail(list.error());
        QJsonArray array;
        for (const Segment &segment : std::as_const(*list)) {
            auto count = segments.count(segment);
            if (!count)
                return fail(count.error());
            if (json(parser)) {
                array.append(QJsonObject{{u"uuid"_s, segment.uuid},
                                         {u"name"_s, segment.name},
                                         {u"rule"_s, segment.rule},
                                         {u"count"_s, *count}});
            } else {
                printLine(segment.name + u"  "_s + QString::number(*count) + u"  "_s + segment.rule);
            }
        }
        if (json(parser))
            printJson(array);
        else if (list->isEmpty())
            printLine(tr("No segments."));
        return Success;
    }
};

} // namespace

void registerSegmentCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<SegmentCreateCommand>(clock));
    registry.add(std::make_unique<SegmentCountCommand>(clock));
    registry.add(std::make_unique<SegmentMembersCommand>(clock));
    registry.add(std::make_unique<SegmentListCommand>(clock));
}

} // namespace innkeep::cli

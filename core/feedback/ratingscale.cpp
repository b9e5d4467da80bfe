// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingscale.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace innkeep {

using namespace Qt::StringLiterals;

QString ratingScaleToken(RatingScale scale)
{
    switch (scale) {
    case RatingScale::OneToFive: return u"1-5"_s;
    case RatingScale::OneToTen: return u"1-10"_s;
    case RatingScale::Nps: return u"nps"_s;
    }
    return {};
}

std::optional<RatingScale> ratingScaleFromToken(const QString &token)
{
    if (token == u"1-5")
        return RatingScale::OneToFive;
    if (token == u"1-10")
        return RatingScale::OneToTen;
    if (token == u"nps")
        return RatingScale::Nps;
    return std::nullopt;
}

double Rating::outOfTen() const
{
    return scale == RatingScale::OneToFive ? value * 2.0 : value;
}

double Rating::normalised() const
{
    double n = 0;
    switch (scale) {
    case RatingScale::OneToFive: n = (value - 1) / 4; break;
    case RatingScale::OneToTen: n = (value - 1) / 9; break;
    case RatingScale::Nps: n = value / 10; break;
    }
    return std::round(std::clamp(n, 0.0, 1.0) * 10000) / 10000;
}

Status Rating::validate() const
{
    const QString given = toString();
    switch (scale) {
    case RatingScale::OneToFive:
        if (!(value >= 1 && value <= 5))
            return fail(Error::Code::InvalidInput, tr("The rating %1 is off its scale of 1 to 5.").arg(given),
                        u"rating"_s);
        break;
    case RatingScale::OneToTen:
        if (!(value >= 1 && value <= 10))
            return fail(Error::Code::InvalidInput,
                        tr("The rating %1 is off its scale of 1 to 10.").arg(given), u"rating"_s);
        break;
    case RatingScale::Nps:
        if (!(value >= 0 && value <= 10) || value != std::floor(value))
            return fail(Error::Code::InvalidInput,
                        tr("The rating %1 is off its scale: NPS is a whole number from 0 to 10.").arg(given),
                        u"rating"_s);
        break;
    }
    return {};
}

QString Rating::toString() const
{
    const QString number = QString::number(value, 'g', 6);
    switch (scale) {
    case RatingScale::OneToFive: return number + u"/5"_s;
    case RatingScale::OneToTen: return number + u"/10"_s;
    case RatingScale::Nps: return u"nps:"_s + number;
    }
    return number;
}

Result<Rating> Rating::parse(const QString &text)
{
    static const QRegularExpression fraction(u"^\\s*(-?\\d+(?:[.,]\\d+)?)\\s*/\\s*(\\d+)\\s*$"_s);
    static const QRegularExpression nps(u"^\\s*nps\\s*:\\s*(-?\\d+(?:[.,]\\d+)?)\\s*$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    Rating r;
    if (const auto m = nps.match(text); m.hasMatch()) {
        r.scale = RatingScale::Nps;
        r.value = m.captured(1).replace(u',', u'.').toDouble();
    } else if (const auto m = fraction.match(text); m.hasMatch()) {
        const QString out = m.captured(2);
        if (out == u"5")
            r.scale = RatingScale::OneToFive;
        else if (out == u"10")
            r.scale = RatingScale::OneToTen;
        else
            return fail(
                Error::Code::InvalidInput,
                tr("Unknown rating scale \"/%1\": use 1-5 (4/5), 1-10 (8/10) or NPS (nps:9).").arg(out),
                u"rating"_s);
        r.value = m.captured(1).replace(u',', u'.').toDouble();
    } else {
        return fail(Error::Code::InvalidInput,
                    tr("Cannot read the rating \"%1\": write it as 4/5, 8/10 or nps:9.").arg(text.trimmed()),
                    u"rating"_s);
    }
    if (auto ok = r.validate(); !ok)
        return std::unexpected(ok.error());
    return r;
}

} // namespace innkeep

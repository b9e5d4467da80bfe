// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace innkeep {

// One language of a message template ("thank-you" in Armenian): the subject and body with their
// {placeholders}. A template name has one fallback language, used for guests whose language the
// template does not have.
struct MessageTemplate
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString language; // BCP 47, e.g. "hy"
    QString subject;
    QString body;
    bool fallback = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A rendered message: the template language chosen for the guest, filled in for them.
struct RenderedMessage
{
    QString templateName;
    QString language;
    QString subject;
    QString body;
};

// The text of a subject or body: literal text and {placeholders}; "{{" and "}}" write a brace.
class TemplateText final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateText)

public:
    // The placeholders a template may use, without braces, in the README's order.
    [[nodiscard]] static const QStringList &placeholders();
    // Success when every {name} in `text` is a known placeholder and every brace is paired; else an
    // InvalidInput error naming `field` and the placeholder that is wrong.
    [[nodiscard]] static Status check(const QString &field, const QString &text);
    // `text` (checked) with each placeholder replaced by its value in `values` ("" when missing).
    [[nodiscard]] static QString fill(const QString &text, const QHash<QString, QString> &values);
};

} // namespace innkeep

// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfilechoices.h"

#include <QComboBox>

namespace innkeep::ui {

void ImportFileChoices::fillDateFormats(QComboBox *combo)
{
    combo->setObjectName(QStringLiteral("dateFormat"));
    combo->addItem(tr("As written (a date that could mean two days is a problem)"), QString());
    combo->addItem(tr("Day first, as 31/12/1990"), QStringLiteral("DD/MM/YYYY"));
    combo->addItem(tr("Month first, as 12/31/1990"), QStringLiteral("MM/DD/YYYY"));
}

void ImportFileChoices::fillEncodings(QComboBox *combo)
{
    combo->setObjectName(QStringLiteral("encoding"));
    combo->addItem(tr("Unicode (UTF-8 or UTF-16), recognised by itself"), QString());
    combo->addItem(tr("Cyrillic from older Windows programs (windows-1251)"), QStringLiteral("windows-1251"));
    combo->addItem(tr("Western European from older Windows programs (windows-1252)"),
                   QStringLiteral("windows-1252"));
    combo->addItem(tr("Central European from older Windows programs (windows-1250)"),
                   QStringLiteral("windows-1250"));
    combo->addItem(tr("Latin-1 (ISO 8859-1)"), QStringLiteral("iso-8859-1"));
}

} // namespace innkeep::ui

// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctanalysisdialog.h"

#include "analysis/hospitalitytopic.h"
#include "analysischips.h"
#include "tickets/ticketservices.h"
#include "widgets/messagebar.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int QuoteLength = 280;

QString quoteOf(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > QuoteLength ? simple.left(QuoteLength - 1) + QChar(0x2026) : simple;
}

} // namespace

CorrectAnalysisDialog::CorrectAnalysisDialog(TicketServices &services, const FeedbackEntry &entry,
                                             QWidget *parent)
    : QDialog(parent), m_services(services), m_entry(entry), m_messages(new MessageBar),
      m_labels(new QButtonGroup(this)), m_topics(new QListWidget), m_evidence(new QLabel)
{
    setObjectName(QStringLiteral("correctAnalysisDialog"));
    setWindowTitle(tr("Correct Analysis"));

    auto *quote = new QLabel(entry.text.isEmpty() ? tr("(no text)") : quoteOf(entry.text));
    quote->setTextFormat(Qt::PlainText);
    quote->setWordWrap(true);
    quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *found = new QLabel;
    found->setTextFormat(Qt::PlainText);
    found->setWordWrap(true);
    found->setForegroundRole(QPalette::PlaceholderText);
    if (entry.analyserVersion > 0) {
        const QString language = entry.analysis.language == QLatin1String("und")
                                     ? tr("language not recognised")
                                     : QLocale(entry.analysis.language).nativeLanguageName();
        found->setText(tr("The analyser found: %1 (score %2), %3.")
                           .arg(sentimentLabelText(entry.analysis.label),
                                QLocale().toString(entry.analysis.score, 'f', 2), language));
    } else {
        found->setText(tr("Not analysed yet: your choice is what the lists will show."));
    }
    if (const QString note = AnalysisChips::correctionNote(entry); !note.isEmpty())
        found->setText(found->text() + QLatin1Char('\n') + tr("%1.").arg(note));

    auto *labelBox = new QGroupBox(tr("Sentiment"));
    auto *labelGrid = new QGridLayout(labelBox);
    const std::pair<SentimentLabel, QString> labels[] = {
        {SentimentLabel::Positive, tr("&Positive")},
        {SentimentLabel::Negative, tr("&Negative")},
        {SentimentLabel::Mixed, tr("&Mixed")},
        {SentimentLabel::Neutral, tr("N&eutral")},
    };
    int column = 0;
    for (const auto &[label, text] : labels) {
        auto *button = new QRadioButton(text);
        button->setChecked(label == entry.effectiveLabel());
        m_labels->addButton(button, int(label));
        labelGrid->addWidget(button, 0, column++);
    }

    const QList<TopicFinding> current = entry.effectiveTopics();
    for (const QString &key : HospitalityTopic::keys()) {
        auto *item = new QListWidgetItem(HospitalityTopic::text(key), m_topics);
        item->setData(KeyRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool on = std::any_of(current.cbegin(), current.cend(),
                                    [&](const TopicFinding &t) { return t.topic == key; });
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        for (const TopicFinding &t : entry.analysis.topics) {
            if (t.topic == key && !t.evidence.isEmpty())
                item->setToolTip(AnalysisChips::evidenceText(t));
        }
        if (entry.topicsAdded.contains(key))
            item->setToolTip(tr("Added by staff"));
        else if (entry.topicsRemoved.contains(key))
            item->setToolTip(tr("Removed by staff; the analyser had found it."));
    }
    m_topics->setAccessibleName(tr("Topics"));
    m_topics->setUniformItemSizes(true);
    m_topics->setCurrentRow(0);
    // All fifteen in view without scrolling, so the keyboard and the eye see every choice.
    m_topics->setMinimumHeight(m_topics->sizeHintForRow(0) * int(HospitalityTopic::keys().size())
                               + 2 * m_topics->frameWidth() + 4);
    m_topics->setMinimumWidth(m_topics->sizeHintForColumn(0) + 2 * m_topics->frameWidth() + 24);
    auto *topicsLabel = new QLabel(tr("&Topics the guest writes about:"));
    topicsLabel->setBuddy(m_topics);
    m_evidence->setTextFormat(Qt::PlainText);
    m_evidence->setWordWrap(true);
    m_evidence->setForegroundRole(QPalette::PlaceholderText);
    m_evidence->setMinimumHeight(m_evidence->fontMetrics().lineSpacing() * 2);
    m_evidence->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectAnalysisDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topics, &QListWidget::currentRowChanged, this, &CorrectAnalysisDialog::showEvidence);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(quote);
    layout->addWidget(found);
    layout->addWidget(labelBox);
    layout->addWidget(topicsLabel);
    layout->addWidget(m_topics, 1);
    layout->addWidget(m_evidence);
    layout->addWidget(buttons);
    setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 64, m_topics->minimumWidth() + 24));
    showEvidence();
    if (QAbstractButton *checked = m_labels->checkedButton())
        checked->setFocus();
}

QRadioButton *CorrectAnalysisDialog::labelButton(SentimentLabel label) const
{
    return qobject_cast<QRadioButton *>(m_labels->button(int(label)));
}

void CorrectAnalysisDialog::showEvidence()
{
    const QListWidgetItem *item = m_topics->currentItem();
    if (!item) {
        m_evidence->clear();
        return;
    }
    const QString text = item->toolTip().isEmpty() ? tr("Not found by the analyser.") : item->toolTip();
    m_evidence->setText(tr("%1: %2").arg(item->text(), text));
}

FeedbackCorrection CorrectAnalysisDialog::correction() const
{
    FeedbackCorrection c;
    if (const int id = m_labels->checkedId(); id >= 0 && SentimentLabel(id) != m_entry.effectiveLabel())
        c.label = SentimentLabel(id);
    const QList<TopicFinding> current = m_entry.effectiveTopics();
    for (int i = 0; i < m_topics->count(); ++i) {
        const QListWidgetItem *item = m_topics->item(i);
        const QString key = item->data(KeyRole).toString();
        const bool was = std::any_of(current.cbegin(), current.cend(),
                                     [&](const TopicFinding &t) { return t.topic == key; });
        const bool now = item->checkState() == Qt::Checked;
        if (now && !was)
            c.addTopics << key;
        else if (was && !now)
            c.removeTopics << key;
    }
    return c;
}

void CorrectAnalysisDialog::accept()
{
    const FeedbackCorrection c = correction();
    if (!c.label && !c.clearLabel && c.addTopics.isEmpty() && c.removeTopics.isEmpty()) {
        m_saved = m_entry; // nothing changed: nothing to record
        QDialog::accept();
        return;
    }
    auto saved = m_services.feedback.correct(m_entry.uuid, c);
    if (!saved) {
        m_messages->showError(saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace innkeep::ui

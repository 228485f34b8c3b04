#include "idchoices.h"

#include "serviceform.h"
#include "textsafety.h"
#include "uistyle.h"

#include <QLabel>

namespace flowlog {

IdChoices::IdChoices(CreateChoices *choices, QLabel *status, QObject *parent)
    : QObject(parent)
    , m_choices(choices)
    , m_status(status)
{
    m_status->setMinimumHeight(m_status->fontMetrics().height()); // keeps its line: the form does not jump
    m_status->setContentsMargins(0, 0, 0, m_status->fontMetrics().height() / 2); // apart from the storage title
    connect(m_choices, &CreateChoices::updated, this, &IdChoices::onUpdated);
}

IdChoices::~IdChoices() = default;

void IdChoices::setTarget(const Profile *profile, ServiceForm *form, const QString &region)
{
    if (profile)
        m_profile = *profile;
    else
        m_profile.reset();
    m_form = form;
    m_region = region;
    refresh();
}

void IdChoices::refresh()
{
    m_needs = m_form && m_profile ? m_form->choiceNeeds() : QList<ChoiceNeed>{};
    update(true);
}

void IdChoices::onUpdated(const QString &key)
{
    if (!m_profile)
        return;
    for (const ChoiceNeed &need : std::as_const(m_needs)) {
        if (CreateChoices::keyOf(m_profile->id, need.kind, m_region, need.instanceId) == key) {
            update(true);
            return;
        }
    }
}

void IdChoices::update(bool offer)
{
    if (!m_choices || !m_profile || !m_form) {
        m_status->clear();
        return;
    }
    QStringList loading;
    QStringList failed;
    int count = 0;
    for (const ChoiceNeed &need : std::as_const(m_needs)) {
        const ChoiceList &list = m_choices->request(*m_profile, need.kind, m_region, need.instanceId);
        switch (list.state) {
        case ChoiceList::State::Loading:
            loading << kindName(need.kind);
            break;
        case ChoiceList::State::Ready:
            count += int(list.rows.size());
            if (offer)
                m_form->offerChoices(need, list.rows);
            break;
        case ChoiceList::State::Failed:
            failed << tr("%1 (%2)").arg(kindName(need.kind), list.error.toDisplayString());
            if (offer)
                m_form->offerChoices(need, {});
            break;
        }
    }
    if (!failed.isEmpty()) {
        uistyle::setTone(m_status, uistyle::Tone::Error);
        m_status->setText(escapeForDisplay(
            tr("Could not list the account's %1. Type the ids instead.").arg(failed.join(QStringLiteral("; ")))));
    } else if (!loading.isEmpty()) {
        uistyle::setTone(m_status, uistyle::Tone::Normal);
        m_status->setText(tr("Loading the account's %1…").arg(loading.join(QStringLiteral(", "))));
    } else if (!m_needs.isEmpty()) {
        uistyle::setTone(m_status, uistyle::Tone::Normal);
        m_status->setText(count > 0
                              ? tr("Pick from the account's ids as you type (%1 listed), or enter any id.").arg(count)
                              : tr("The account has none of these here: enter the ids by hand."));
    } else {
        m_status->clear();
    }
}

QString IdChoices::statusText() const
{
    return m_status->text();
}

QString IdChoices::kindName(ChoiceKind kind)
{
    switch (kind) {
    case ChoiceKind::Vpcs:
        return tr("VPCs");
    case ChoiceKind::VSwitches:
        return tr("vSwitches");
    case ChoiceKind::TransitRouters:
        return tr("transit routers");
    case ChoiceKind::TrAttachments:
        return tr("transit router attachments");
    case ChoiceKind::EcrInstances:
        return tr("ECR instances");
    case ChoiceKind::Vbrs:
        return tr("VBRs");
    case ChoiceKind::ErRouters:
        return tr("enterprise routers");
    case ChoiceKind::ErAttachments:
        return tr("ER attachments");
    }
    return {};
}

} // namespace flowlog

#include "letters/BriefWerk.h"

#include "letters/AfzenderDialoog.h"
#include "letters/BriefDialoog.h"
#include "letters/BriefReeksDialoog.h"

#include <QWidget>

namespace rd {

BriefWerk::BriefWerk(QWidget *venster) : QObject(venster), m_venster(venster) {}

void BriefWerk::koppelingsbrief(qint64 huishoudenId)
{
    if (!m_store)
        return;
    if (huishoudenId <= 0) {
        emit melding(tr("Choose a household in the queue first, then make its coupling letter."));
        return;
    }
    BriefDialoog dialoog(*m_store, huishoudenId, m_vandaag, m_venster);
    connect(&dialoog, &BriefDialoog::brievenVastgelegd, this, &BriefWerk::brievenVastgelegd);
    dialoog.exec();
}

void BriefWerk::brievenVanDag()
{
    if (!m_store)
        return;
    BriefReeksDialoog dialoog(*m_store, m_regio, m_vandaag, m_venster);
    toonReeks(dialoog);
}

void BriefWerk::brievenVoor(const QList<qint64> &huishoudens)
{
    if (!m_store || huishoudens.isEmpty())
        return;
    BriefReeksDialoog dialoog(*m_store, m_regio, m_vandaag, m_venster);
    dialoog.setHuishoudens(huishoudens);
    toonReeks(dialoog);
}

void BriefWerk::toonReeks(BriefReeksDialoog &dialoog)
{
    connect(&dialoog, &BriefReeksDialoog::brievenVastgelegd, this,
            [this](const QList<qint64> &ids) {
                for (qint64 id : ids)
                    emit brievenVastgelegd(id);
            });
    dialoog.exec();
}

void BriefWerk::afzender()
{
    if (!m_store)
        return;
    AfzenderDialoog dialoog(*m_store, m_regio, m_venster);
    if (dialoog.exec() == QDialog::Accepted)
        emit melding(tr("Letter sender saved."));
}

} // namespace rd

#include "ui/brief/BriefWerk.h"

#include "core/werkbestand/Werkbestand.h"
#include "core/werkbestand/Wijziging.h"
#include "ui/brief/AfzenderDialog.h"
#include "ui/brief/BriefDialog.h"
#include "ui/brief/BriefReeksDialog.h"

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
    BriefDialog dialoog(*m_store, huishoudenId, m_vandaag, m_venster);
    connect(&dialoog, &BriefDialog::brievenVastgelegd, this,
            [this](qint64 id) { vastgelegd({id}); });
    dialoog.exec();
}

void BriefWerk::brievenVanDag()
{
    if (!m_store)
        return;
    BriefReeksDialog dialoog(*m_store, m_regio, m_vandaag, m_venster);
    toonReeks(dialoog);
}

void BriefWerk::brievenVoor(const QList<qint64> &huishoudens)
{
    if (!m_store || huishoudens.isEmpty())
        return;
    BriefReeksDialog dialoog(*m_store, m_regio, m_vandaag, m_venster);
    dialoog.setHuishoudens(huishoudens);
    toonReeks(dialoog);
}

void BriefWerk::toonReeks(BriefReeksDialog &dialoog)
{
    connect(&dialoog, &BriefReeksDialog::brievenVastgelegd, this, &BriefWerk::vastgelegd);
    dialoog.exec();
}

void BriefWerk::vastgelegd(const QList<qint64> &huishoudens)
{
    // A letter handed out adds the vergunninghoudergesprek to the household's timeline.
    if (!m_bestand)
        return;
    Bereik bereik;
    bereik.huishoudens = huishoudens;
    bereik.tijdlijn = true;
    m_bestand->zegGewijzigd(bereik);
}

void BriefWerk::afzender()
{
    if (!m_store)
        return;
    AfzenderDialog dialoog(*m_store, m_regio, m_venster);
    if (dialoog.exec() == QDialog::Accepted)
        emit melding(tr("Letter sender saved."));
}

} // namespace rd

#pragma once

#include "core/domain/HalfJaar.h"
#include "core/fase/FaseStatistiek.h"
#include "core/taakstelling/TaakstellingService.h"

#include <QDate>
#include <QList>

class QChart;

namespace rd::regiografiek {

// The most gemeenten a bar chart shows; with more, those with the most cases (or the largest
// target) are kept and the title says so.
constexpr int maxGemeenten = 25;

// The rows shown: all when there are at most maxGemeenten, otherwise the maxGemeenten with
// the most completed phases, back in their original (name) order.
QList<FaseGemiddelde> kiesFasen(const QList<FaseGemiddelde> &rijen);
// The same for the quota rows, by the largest target (opgave).
QList<TaakstellingStand> kiesQuota(const QList<TaakstellingStand> &rijen);

// (a) Mean days of phases 1, 2, 3 per gemeente (bar sets "fase1", "fase2", "fase3") with the
// norms as reference lines ("norm14", "norm70"). `totaal` is the number of gemeenten before
// kiesFasen.
QChart *maakFasenChart(const QList<FaseGemiddelde> &rijen, int totaal);
// (b) Target and realised persons per gemeente (bar sets "opgave", "realisatie") and the
// monthly pace due by `peildatum` (bar set "tempo": berekenTempo(opgave, verstrekenMaanden)).
QChart *maakQuotaChart(const QList<TaakstellingStand> &rijen, int totaal, const HalfJaar &halfJaar,
                       const QDate &peildatum);
// (c) Lead time coupling -> move per month: the monthly mean ("gemiddelde", only months with
// moves), the moving average ("voortschrijdend", only where its window had moves) and the
// 12-week norm ("norm84"). The x value of a point is the month's index.
QChart *maakDoorlooptijdChart(const QList<DoorlooptijdMaand> &maanden, int venster);

} // namespace rd::regiografiek

#pragma once

#include "core/rapport/RapportBereik.h"

#include <QWidget>

class QComboBox;

namespace rd {

class Store;

// Chooses a report's scope: the whole country, a COA region, a province or one gemeente;
// the second combobox lists the regions, provinces or gemeenten (typing finds one).
class BereikKiezer : public QWidget
{
    Q_OBJECT
public:
    explicit BereikKiezer(QWidget *parent = nullptr);

    // Loads the gemeenten for the gemeente choice; null empties it.
    void setStore(Store *store);

    RapportBereik bereik() const;
    void setBereik(const RapportBereik &bereik);

    // The region chosen (the window's, or the one last picked at the region level): choosing the
    // region level then shows it, the province level its first province. 0: none.
    void setRegio(int regio);
    int regio() const { return m_regio; }

    QComboBox *niveauCombo() const { return m_niveau; }
    QComboBox *waardeCombo() const { return m_waarde; }

signals:
    void bereikChanged();

private:
    void vulWaarden();

    QComboBox *m_niveau;
    QComboBox *m_waarde;
    QList<std::pair<QString, QString>> m_gemeenten; // code, "name (code)"
    int m_regio = 0;
};

} // namespace rd

#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"
#include "ui/huishouden/VeldFouten.h"
#include "ui/widgets/Asker.h"

#include <QDate>
#include <QMessageBox>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rd {

class CriteriaSectie;
class GesprekSectie;
class HuishoudenSectie;
class NotitieSectie;
class PersonenModel;
class Store;
class Werkbestand;

// The intake form (huisvestinggesprek): create or edit one household with its persons,
// interview and mandatory placement criteria. Every edit runs valideer() and shows each
// error at its field (label with icon, tooltip, accessible description) and in a summary at
// the top; Save stays disabled while errors exist and writes in one transaction.
// In a new household a field the user has not touched yet stays quiet at the field (the
// summary still counts it) until it is edited or Save is tried; a loaded household shows
// every error at once.
class HuishoudenForm : public QWidget
{
    Q_OBJECT
public:
    explicit HuishoudenForm(QWidget *parent = nullptr);
    ~HuishoudenForm() override;

    void setStore(Store *store); // fills the AZC and gemeente choices; nullptr: none
    // The window's work file: a save goes through it, so every view hears what changed.
    // Without one (the form on its own) the save runs by itself.
    void setWerkbestand(Werkbestand *bestand) { m_bestand = bestand; }
    void setVandaag(const QDate &vandaag); // "not in the future" is judged against it

    Status laad(qint64 huishoudenId);
    void nieuw();
    Status opslaan();

    bool isGewijzigd() const { return m_gewijzigd; }
    Huishouden huishouden() const; // what the widgets hold
    qint64 huishoudenId() const { return m_id; }
    QList<Error> fouten() const { return m_fouten; }
    QWidget *veld(const QString &key) const;
    QString veldMelding(const QString &key) const; // the message shown at the field, if any

    // Before leaving: unchanged -> true; otherwise asks Save / Discard / Cancel.
    bool vraagOmOpslaan(QWidget *parent);
    // Who asks that question; a message box unless another is injected (a test answers).
    void setAsker(std::shared_ptr<Asker> asker);

    PersonenModel *personenModel() const;
    QTableView *personenTabel() const;
    QPushButton *opslaanKnop() const { return m_opslaan; }
    // The first tab and its first field, with the keyboard focus.
    void focusEersteVeld();
    NotitieSectie *notitieSectie() const { return m_notitie; }
    QString samenvatting() const; // the summary line, empty when all is well

signals:
    void opgeslagen(qint64 id);
    void gewijzigdVeranderd(bool gewijzigd);

private:
    QWidget *maakSamenvatting();
    QWidget *maakGesprekTab();
    void zetVelden(const Huishouden &h);
    void bewerkt(const QString &key);
    void setGewijzigd(bool gewijzigd);
    void controleer();
    void toonSamenvatting();
    void gaNaarVeld(const QString &key);
    void zetTabVolgorde();
    QString naamVan(const QString &key) const;

    Store *m_store = nullptr;
    Werkbestand *m_bestand = nullptr;
    QDate m_vandaag;
    qint64 m_id = 0;
    Huishouden m_basis; // as loaded: keeps what the form does not edit (later phase dates)
    bool m_gewijzigd = false;
    QList<Error> m_fouten;
    std::optional<Error> m_opslagFout; // from the last save, until the next edit
    VeldFouten m_veldFouten;
    std::shared_ptr<Asker> m_asker = messageBoxAsker();

    QWidget *m_samenvatting = nullptr;
    QLabel *m_samenvattingTekst = nullptr;
    QListWidget *m_samenvattingLijst = nullptr;
    QTabWidget *m_tabs = nullptr;
    HuishoudenSectie *m_huishouden = nullptr;
    GesprekSectie *m_gesprek = nullptr;
    CriteriaSectie *m_criteria = nullptr;
    NotitieSectie *m_notitie = nullptr;
    QPushButton *m_opslaan = nullptr;
};

} // namespace rd

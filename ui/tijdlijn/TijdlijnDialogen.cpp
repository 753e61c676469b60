#include "ui/tijdlijn/TijdlijnDialogen.h"

#include "ui/huishouden/GemeenteCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

namespace {

// A dialog with a form and OK / Cancel; the caller adds the rows.
struct Formulier
{
    Formulier(QWidget *parent, const QString &titel, const char *naam) : dialoog(parent)
    {
        dialoog.setWindowTitle(titel);
        dialoog.setObjectName(QString::fromLatin1(naam));
        form = new QFormLayout;
        knoppen = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialoog);
        QObject::connect(knoppen, &QDialogButtonBox::accepted, &dialoog, &QDialog::accept);
        QObject::connect(knoppen, &QDialogButtonBox::rejected, &dialoog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialoog);
        layout->addLayout(form);
        layout->addWidget(knoppen);
    }
    QDateEdit *datumVeld(const QString &label, const QDate &vandaag)
    {
        auto *veld = new QDateEdit(vandaag, &dialoog);
        veld->setObjectName(QStringLiteral("datum"));
        veld->setCalendarPopup(true);
        veld->setMaximumDate(vandaag);
        veld->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        veld->setAccessibleName(label);
        form->addRow(label, veld);
        return veld;
    }
    QLineEdit *toelichtingVeld()
    {
        auto *veld = new QLineEdit(&dialoog);
        veld->setObjectName(QStringLiteral("toelichting"));
        const QString label = QCoreApplication::translate("TijdlijnDialogen", "&Note:");
        veld->setAccessibleName(QCoreApplication::translate("TijdlijnDialogen", "Note"));
        form->addRow(label, veld);
        return veld;
    }
    QComboBox *keuzeVeld(const QString &label, const QString &naam)
    {
        auto *veld = new QComboBox(&dialoog);
        veld->setObjectName(naam);
        veld->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, veld);
        return veld;
    }
    bool ok() { return dialoog.exec() == QDialog::Accepted; }

    QDialog dialoog;
    QFormLayout *form;
    QDialogButtonBox *knoppen;
};

} // namespace

std::optional<DatumKeuze> vraagDatum(QWidget *parent, const QList<Gemeente> &gemeenten,
                                     const QString &standaardGemeente, const QDate &vandaag)
{
    Formulier f(parent, QCoreApplication::translate("TijdlijnDialogen", "Set date"),
                "datumDialoog");
    QComboBox *soort =
        f.keuzeVeld(QCoreApplication::translate("TijdlijnDialogen", "&Event:"), "soort");
    for (GebeurtenisSoort s :
         {GebeurtenisSoort::Brp, GebeurtenisSoort::Tekenen, GebeurtenisSoort::Huurstart,
          GebeurtenisSoort::Verhuizing, GebeurtenisSoort::Uitschrijving})
        soort->addItem(gebeurtenis::naam(s), int(s));
    QDateEdit *datum =
        f.datumVeld(QCoreApplication::translate("TijdlijnDialogen", "&Date:"), vandaag);
    auto *geen = new QCheckBox(
        QCoreApplication::translate("TijdlijnDialogen", "&No date (clear it)"), &f.dialoog);
    geen->setObjectName(QStringLiteral("geenDatum"));
    f.form->addRow(QString(), geen);
    QObject::connect(geen, &QCheckBox::toggled, datum, &QWidget::setDisabled);
    auto *gemeente = new GemeenteCombo(&f.dialoog);
    gemeente->setObjectName(QStringLiteral("gemeente"));
    gemeente->setAccessibleName(
        QCoreApplication::translate("TijdlijnDialogen", "Municipality that housed them"));
    gemeente->setGemeenten(gemeenten);
    gemeente->setCode(standaardGemeente);
    auto *gemeenteLabel =
        new QLabel(QCoreApplication::translate("TijdlijnDialogen", "&Municipality:"), &f.dialoog);
    gemeenteLabel->setBuddy(gemeente);
    f.form->addRow(gemeenteLabel, gemeente);
    const auto bijwerken = [=] {
        const bool uitschrijving =
            soort->currentData().toInt() == int(GebeurtenisSoort::Uitschrijving);
        gemeente->setVisible(uitschrijving);
        gemeenteLabel->setVisible(uitschrijving);
    };
    QObject::connect(soort, &QComboBox::currentIndexChanged, &f.dialoog, bijwerken);
    bijwerken();
    if (!f.ok())
        return std::nullopt;
    DatumKeuze keuze;
    keuze.soort = GebeurtenisSoort(soort->currentData().toInt());
    keuze.datum = geen->isChecked() ? QDate() : datum->date();
    if (keuze.soort == GebeurtenisSoort::Uitschrijving)
        keuze.gemeenteCode = gemeente->code();
    return keuze;
}

std::optional<GebeurtenisKeuze> vraagGebeurtenis(QWidget *parent, const QDate &vandaag)
{
    Formulier f(parent, QCoreApplication::translate("TijdlijnDialogen", "Add event"),
                "gebeurtenisDialoog");
    QComboBox *soort =
        f.keuzeVeld(QCoreApplication::translate("TijdlijnDialogen", "&Event:"), "soort");
    for (GebeurtenisSoort s :
         {GebeurtenisSoort::Vergunninghoudergesprek, GebeurtenisSoort::Woningaanbod})
        soort->addItem(gebeurtenis::naam(s), int(s));
    QDateEdit *datum =
        f.datumVeld(QCoreApplication::translate("TijdlijnDialogen", "&Date:"), vandaag);
    QLineEdit *toelichting = f.toelichtingVeld();
    if (!f.ok())
        return std::nullopt;
    return GebeurtenisKeuze{GebeurtenisSoort(soort->currentData().toInt()), datum->date(),
                            toelichting->text()};
}

std::optional<WeigeringKeuze> vraagWeigering(QWidget *parent, const QDate &vandaag)
{
    Formulier f(parent, QCoreApplication::translate("TijdlijnDialogen", "Register refusal"),
                "weigeringDialoog");
    QComboBox *soort =
        f.keuzeVeld(QCoreApplication::translate("TijdlijnDialogen", "&Kind:"), "soort");
    soort->addItem(weigering::naam(WeigeringSoort::NietVerschenen),
                   int(WeigeringSoort::NietVerschenen));
    soort->addItem(weigering::naam(WeigeringSoort::Geweigerd), int(WeigeringSoort::Geweigerd));
    soort->setToolTip(QCoreApplication::translate(
        "TijdlijnDialogen", "A no-show on the signing date already counts as a refusal"));
    QDateEdit *datum =
        f.datumVeld(QCoreApplication::translate("TijdlijnDialogen", "&Date:"), vandaag);
    QLineEdit *toelichting = f.toelichtingVeld();
    auto *huurderving = new QLineEdit(&f.dialoog);
    huurderving->setObjectName(QStringLiteral("huurderving"));
    huurderving->setPlaceholderText(
        QCoreApplication::translate("TijdlijnDialogen", "none; in euro, e.g. 850,00"));
    huurderving->setAccessibleName(
        QCoreApplication::translate("TijdlijnDialogen", "Lost rent claimed, in euro"));
    huurderving->setToolTip(QCoreApplication::translate(
        "TijdlijnDialogen", "Lost rent (huurderving) the gemeente claims for the dwelling"));
    f.form->addRow(QCoreApplication::translate("TijdlijnDialogen", "Lost &rent (euro):"),
                   huurderving);
    auto *bedragFout = new QLabel(&f.dialoog);
    bedragFout->setObjectName(QStringLiteral("huurdervingFout"));
    bedragFout->setWordWrap(true);
    f.form->addRow(QString(), bedragFout);
    QPushButton *ok = f.knoppen->button(QDialogButtonBox::Ok);
    const auto controleer = [huurderving, bedragFout, ok] {
        const auto bedrag = weigering::parseHuurderving(huurderving->text());
        bedragFout->setText(bedrag ? QString() : bedrag.error().message);
        bedragFout->setVisible(!bedrag);
        ok->setEnabled(bedrag.ok());
    };
    QObject::connect(huurderving, &QLineEdit::textChanged, &f.dialoog, controleer);
    controleer();
    if (!f.ok())
        return std::nullopt;
    const auto bedrag = weigering::parseHuurderving(huurderving->text());
    return WeigeringKeuze{WeigeringSoort(soort->currentData().toInt()), datum->date(),
                          toelichting->text(), bedrag ? *bedrag : std::nullopt};
}

std::optional<OordeelKeuze> vraagOordeel(QWidget *parent, const QDate &vandaag)
{
    Formulier f(parent, QCoreApplication::translate("TijdlijnDialogen", "Judge refusal"),
                "oordeelDialoog");
    QComboBox *oordeel =
        f.keuzeVeld(QCoreApplication::translate("TijdlijnDialogen", "&Judgement:"), "oordeel");
    oordeel->addItem(weigering::naam(Oordeel::Terecht), int(Oordeel::Terecht));
    oordeel->addItem(weigering::naam(Oordeel::Onterecht), int(Oordeel::Onterecht));
    QComboBox *reden =
        f.keuzeVeld(QCoreApplication::translate("TijdlijnDialogen", "&Reason:"), "reden");
    reden->setToolTip(QCoreApplication::translate(
        "TijdlijnDialogen", "Only a mandatory placement criterion justifies a refusal"));
    const auto vulRedenen = [=] {
        reden->clear();
        const auto redenen = weigering::redenen(Oordeel(oordeel->currentData().toInt()));
        for (const QString &r : redenen)
            reden->addItem(weigering::redenNaam(r), r);
    };
    QObject::connect(oordeel, &QComboBox::currentIndexChanged, &f.dialoog, vulRedenen);
    vulRedenen();
    QDateEdit *datum =
        f.datumVeld(QCoreApplication::translate("TijdlijnDialogen", "&Date:"), vandaag);
    if (!f.ok())
        return std::nullopt;
    return OordeelKeuze{Oordeel(oordeel->currentData().toInt()), datum->date(),
                        reden->currentData().toString()};
}

std::optional<QDate> vraagNieuweKandidaat(QWidget *parent, const QDate &vandaag)
{
    Formulier f(parent, QCoreApplication::translate("TijdlijnDialogen", "New candidate"),
                "kandidaatDialoog");
    QDateEdit *datum =
        f.datumVeld(QCoreApplication::translate("TijdlijnDialogen", "&Coupled on:"), vandaag);
    if (!f.ok())
        return std::nullopt;
    return datum->date();
}

std::optional<BesluitKeuze> vraagBesluit(QWidget *parent, const QDate &vandaag)
{
    Formulier f(parent, QCoreApplication::translate("TijdlijnDialogen", "Reunification decision"),
                "besluitDialoog");
    QComboBox *besluit =
        f.keuzeVeld(QCoreApplication::translate("TijdlijnDialogen", "&Decision:"), "besluit");
    for (HerenigingBesluit b :
         {HerenigingBesluit::Alleenstaand, HerenigingBesluit::Wachten, HerenigingBesluit::Geen})
        besluit->addItem(
            b == HerenigingBesluit::Geen
                ? QCoreApplication::translate("TijdlijnDialogen", "Not decided (clear)")
                : hereniging::naam(b),
            int(b));
    QDateEdit *datum =
        f.datumVeld(QCoreApplication::translate("TijdlijnDialogen", "&Date:"), vandaag);
    if (!f.ok())
        return std::nullopt;
    return BesluitKeuze{HerenigingBesluit(besluit->currentData().toInt()), datum->date()};
}

std::optional<QString> vraagVoegBij(QWidget *parent)
{
    bool ok = false;
    const QString vNummer = QInputDialog::getText(
        parent, QCoreApplication::translate("TijdlijnDialogen", "Joins household"),
        QCoreApplication::translate(
            "TijdlijnDialogen",
            "V-nummer of a member of the household these nareizigers join (empty: none):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return vNummer.trimmed();
}

} // namespace rd

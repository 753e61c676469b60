#include "ui/huishouden/GesprekSectie.h"

#include "ui/huishouden/DatumVeld.h"
#include "ui/huishouden/VeldFout.h"
#include "ui/huishouden/VeldFouten.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace rd {

namespace {
const char *const statussen[] = {"geen", "aangevraagd", "toegekend", "gearriveerd", "afgewezen"};
}

GesprekSectie::GesprekSectie(QWidget *parent)
    : QGroupBox(parent), m_datum(new DatumVeld(this)), m_azc(new QComboBox(this)),
      m_tolkTaal(new QLineEdit(this)), m_nareizigers(new QSpinBox(this)),
      m_status(new QComboBox(this)), m_woonbehoefte(new QPlainTextEdit(this)),
      m_opleidingswens(new QLineEdit(this)), m_werkwens(new QLineEdit(this)),
      m_specifiek(new QCheckBox(tr("Needs very &specific housing (special group)"), this))
{
    setObjectName(QStringLiteral("gesprek"));
    setTitle(tr("Intake interview &held (huisvestinggesprek)"));
    setCheckable(true);
    setAccessibleName(tr("Intake interview held"));
    setToolTip(tr("Check when the intake interview took place; its answers are below"));
    // One column: the form lives in the window's household panel, which is narrow.
    auto *kolommen = new QVBoxLayout(this);
    m_links = new QFormLayout;
    m_rechts = new QFormLayout;
    kolommen->addLayout(m_links);
    kolommen->addLayout(m_rechts);

    m_datum->setNaam(QStringLiteral("gesprekDatum"), tr("Interview date"));
    m_datum->setUitleg(tr("The date of the intake interview: not before the permit date"));
    m_azc->setObjectName(QStringLiteral("gesprekAzc"));
    m_azc->setAccessibleName(tr("Interview AZC"));
    m_azc->setToolTip(tr("The AZC location where the interview took place"));
    m_tolkTaal->setObjectName(QStringLiteral("gesprekTolkTaal"));
    m_tolkTaal->setAccessibleName(tr("Interpreter language"));
    m_tolkTaal->setToolTip(tr("The language an interpreter translated to, if any"));
    m_nareizigers->setObjectName(QStringLiteral("gesprekNareizigers"));
    m_nareizigers->setAccessibleName(tr("Expected family members to follow"));
    m_nareizigers->setToolTip(tr("How many family members are expected to follow (nareizigers)"));
    m_nareizigers->setRange(0, 30);
    m_status->setObjectName(QStringLiteral("gesprekGezinshereniging"));
    m_status->setAccessibleName(tr("Family reunification status"));
    m_status->setToolTip(tr("Where the family reunification application stands"));
    m_status->addItem(tr("None"), QString::fromLatin1(statussen[0]));
    m_status->addItem(tr("Applied for"), QString::fromLatin1(statussen[1]));
    m_status->addItem(tr("Granted"), QString::fromLatin1(statussen[2]));
    m_status->addItem(tr("Arrived"), QString::fromLatin1(statussen[3]));
    m_status->addItem(tr("Refused"), QString::fromLatin1(statussen[4]));
    m_woonbehoefte->setObjectName(QStringLiteral("gesprekWoonbehoefte"));
    m_woonbehoefte->setAccessibleName(tr("Housing needs"));
    m_woonbehoefte->setToolTip(
        tr("What the household needs of a dwelling: size, ground floor, near a school, ..."));
    m_woonbehoefte->setTabChangesFocus(true);
    m_woonbehoefte->setFixedHeight(m_woonbehoefte->fontMetrics().lineSpacing() * 3 + 12);
    m_opleidingswens->setObjectName(QStringLiteral("gesprekOpleidingswens"));
    m_opleidingswens->setAccessibleName(tr("Education wish"));
    m_opleidingswens->setToolTip(tr("The education the person wants to follow"));
    m_werkwens->setObjectName(QStringLiteral("gesprekWerkwens"));
    m_werkwens->setAccessibleName(tr("Work wish"));
    m_werkwens->setToolTip(tr("The work the person wants to do"));
    m_specifiek->setObjectName(QStringLiteral("gesprekSpecifiekeHuisvesting"));
    m_specifiek->setAccessibleName(tr("Needs very specific housing"));
    m_specifiek->setToolTip(
        tr("Handbook 3.3.4: very specific housing is needed because of a (visible) limitation. "
           "Only the flag; never write a diagnosis."));

    voegRijToe(m_links, QStringLiteral("gesprek.datum"), tr("Interview &date:"), m_datum);
    voegRijToe(m_links, QStringLiteral("gesprek.azcId"), tr("&AZC:"), m_azc);
    voegRijToe(m_links, QStringLiteral("gesprek.tolkTaal"), tr("Interpreter &language:"),
               m_tolkTaal);
    voegRijToe(m_links, QStringLiteral("gesprek.nareizigersVerwacht"), tr("E&xpected to follow:"),
               m_nareizigers);
    voegRijToe(m_links, QStringLiteral("gesprek.gezinsherenigingStatus"), tr("&Reunification:"),
               m_status);
    voegRijToe(m_rechts, QStringLiteral("gesprek.woonbehoefte"), tr("&Housing needs:"),
               m_woonbehoefte);
    voegRijToe(m_rechts, QStringLiteral("gesprek.opleidingswens"), tr("&Education wish:"),
               m_opleidingswens);
    voegRijToe(m_rechts, QStringLiteral("gesprek.werkwens"), tr("&Work wish:"), m_werkwens);
    m_rechts->addRow(m_specifiek);

    const auto melden = [this](const QString &key) {
        return [this, key]() { emit gewijzigd(key); };
    };
    connect(this, &QGroupBox::toggled, this, melden(QStringLiteral("gesprek")));
    connect(m_datum, &DatumVeld::gewijzigd, this, melden(QStringLiteral("gesprek.datum")));
    connect(m_azc, &QComboBox::currentIndexChanged, this, melden(QStringLiteral("gesprek.azcId")));
    connect(m_tolkTaal, &QLineEdit::textEdited, this, melden(QStringLiteral("gesprek.tolkTaal")));
    connect(m_nareizigers, &QSpinBox::valueChanged, this,
            melden(QStringLiteral("gesprek.nareizigersVerwacht")));
    connect(m_status, &QComboBox::currentIndexChanged, this,
            melden(QStringLiteral("gesprek.gezinsherenigingStatus")));
    connect(m_woonbehoefte, &QPlainTextEdit::textChanged, this,
            melden(QStringLiteral("gesprek.woonbehoefte")));
    connect(m_opleidingswens, &QLineEdit::textEdited, this,
            melden(QStringLiteral("gesprek.opleidingswens")));
    connect(m_werkwens, &QLineEdit::textEdited, this, melden(QStringLiteral("gesprek.werkwens")));
    connect(m_specifiek, &QCheckBox::toggled, this,
            melden(QStringLiteral("gesprek.specifiekeHuisvesting")));
}

void GesprekSectie::voegRijToe(QFormLayout *form, const QString &key, const QString &label,
                               QWidget *veld)
{
    auto *vak = new QWidget(this);
    auto *layout = new QVBoxLayout(vak);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(veld);
    auto *fout = new VeldFout(vak);
    layout->addWidget(fout);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(veld);
    form->addRow(labelWidget, vak);
    QString naam = label;
    naam.remove(QLatin1Char('&'));
    naam.chop(1); // the colon
    m_rijen.append({key, naam, veld, fout});
}

void GesprekSectie::vulAzcCombo(QComboBox *combo, QList<Azc> azcs)
{
    std::sort(azcs.begin(), azcs.end(), [](const Azc &a, const Azc &b) {
        return QString::localeAwareCompare(a.naam, b.naam) < 0;
    });
    const QVariant gekozen = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(none)"), qint64(0));
    for (const auto &a : azcs)
        combo->addItem(a.naam, a.id);
    kiesData(combo, gekozen.isValid() ? gekozen : QVariant(qint64(0)));
}

void GesprekSectie::kiesData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(std::max(i, 0));
}

void GesprekSectie::setAzcs(const QList<Azc> &azcs)
{
    vulAzcCombo(m_azc, azcs);
}

void GesprekSectie::setGesprek(const std::optional<Huisvestinggesprek> &gesprek,
                               const QDate &standaardDatum)
{
    const QSignalBlocker b1(this), b2(m_datum), b3(m_azc), b4(m_nareizigers), b5(m_status),
        b6(m_tolkTaal), b7(m_woonbehoefte), b8(m_opleidingswens), b9(m_werkwens), b10(m_specifiek);
    const Huisvestinggesprek g = gesprek.value_or(Huisvestinggesprek{});
    setChecked(gesprek.has_value());
    m_datum->setStandaardDatum(standaardDatum);
    m_datum->setDatum(gesprek ? g.datum : standaardDatum);
    kiesData(m_azc, g.azcId);
    m_tolkTaal->setText(g.tolkTaal);
    m_nareizigers->setValue(g.nareizigersVerwacht);
    kiesData(m_status, g.gezinsherenigingStatus);
    m_woonbehoefte->setPlainText(g.woonbehoefte);
    m_opleidingswens->setText(g.opleidingswens);
    m_werkwens->setText(g.werkwens);
    m_specifiek->setChecked(g.specifiekeHuisvesting);
}

std::optional<Huisvestinggesprek> GesprekSectie::gesprek() const
{
    if (!isChecked())
        return std::nullopt;
    Huisvestinggesprek g;
    g.datum = m_datum->datum();
    g.azcId = m_azc->currentData().toLongLong();
    g.tolkTaal = m_tolkTaal->text().trimmed();
    g.nareizigersVerwacht = m_nareizigers->value();
    g.gezinsherenigingStatus = m_status->currentData().toString();
    g.woonbehoefte = m_woonbehoefte->toPlainText().trimmed();
    g.opleidingswens = m_opleidingswens->text().trimmed();
    g.werkwens = m_werkwens->text().trimmed();
    g.specifiekeHuisvesting = m_specifiek->isChecked();
    return g;
}

void GesprekSectie::registreer(VeldFouten &fouten)
{
    fouten.registreer(QStringLiteral("gesprek"), this, nullptr, tr("Intake interview"));
    for (const auto &[key, naam, veld, fout] : std::as_const(m_rijen))
        fouten.registreer(key, veld, fout, naam);
}

QList<QWidget *> GesprekSectie::tabVolgorde() const
{
    return {m_datum->bekend(), m_datum->editor(), m_azc,      m_tolkTaal, m_nareizigers, m_status,
            m_woonbehoefte,    m_opleidingswens,  m_werkwens, m_specifiek};
}

} // namespace rd

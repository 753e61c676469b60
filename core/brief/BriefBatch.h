#pragma once

// Internal to BriefReeks (and its tests, which run the steps one by one to stand in for a kill
// between any two of them). Not for other code: use BriefReeks.

#include "core/brief/BriefService.h"
#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

class Store;

// One batch of letter files on its way into a folder, in steps that leave the disk and the store
// agreeing after a kill at any instruction:
//   1. begin():      a hidden folder `.regiedesk-brieven-<token>` (0700) beside the targets, locked
//                    (flock) for as long as this object lives;
//   2. the caller writes the PDFs into it (bestand());
//   3. schrijfManifest(): `manifest.json` in that folder names the store (written before 4);
//   4. legVast():    ONE transaction records the letters (BriefService::legVast) and the pending
//                    moves (setting `brieven.bezig.<token>`: the folder, which file goes where);
//   5. zetNeer():    renames the files onto their targets (output::putInPlace), folder flushed;
//   6. rondAf():     removes the pending record, then the folder.
// Whether step 4 committed decides: herstel() (run before every batch and by the commands and
// dialogs that make letters) finishes a batch whose record is in the store (moves what is still
// in its folder, then does step 6) and deletes an unlocked folder of this store that has no
// record (its letters were never recorded). A folder still locked belongs to a batch that is
// running; a manifest naming another store leaves the folder to that store.
class BriefBatch
{
public:
    struct Zet
    {
        QString naam; // the file in the batch folder
        QString doel; // the target, as the user gave it (messages name it so)
    };

    explicit BriefBatch(Store &store) : m_store(store) {}
    // Releases the lock and nothing else: what is on disk stays for herstel(), as after a kill.
    ~BriefBatch();
    BriefBatch(const BriefBatch &) = delete;
    BriefBatch &operator=(const BriefBatch &) = delete;

    Status begin(const QString &map);
    QString map() const { return m_map; }
    QString bestand(const QString &naam) const;
    Status schrijfManifest();
    Result<QList<qint64>> legVast(const QList<UitgegevenBrief> &brieven, const QList<Zet> &zetten,
                                  bool force, const QDate &vandaag);
    // The targets put in place (as given).
    Result<QStringList> zetNeer();
    Status rondAf();
    // Before step 4 only: removes the folder and everything in it.
    void verwerp();

    static Status herstel(Store &store, const QString &map = {});
    static QString voorvoegsel();                 // ".regiedesk-brieven-"
    static QString sleutel(const QString &token); // the setting of a pending batch

private:
    Store &m_store;
    QString m_map; // the batch folder
    QString m_token;
    int m_slot = -1; // the folder's file descriptor, holding the flock
    QList<Zet> m_zetten;
    bool m_force = false;
};

} // namespace rd

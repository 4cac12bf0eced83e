#pragma once

#include "ListQuery.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <vector>

class QSqlQuery;

// One kind of directory object (users, systems, groups, ...) stored as serialized JSON in an SQLite table, with an
// in-memory mirror of the serialized bytes in id order. The mirror serves get-by-id and id-sorted pages without
// touching SQLite or re-serializing (the hot path of every sync); SQLite answers filters and other sorts.
class DocumentCollection
{
public:
    // A column kept beside the JSON for indexed uniqueness checks and fast equality filters.
    struct IndexedField
    {
        QString column;
        QString jsonField;
        bool lowerCase = true;
    };
    struct Page
    {
        qint64 total = 0;
        QList<QByteArray> items;
    };

    DocumentCollection(const QString &table, const QString &idKey, QList<IndexedField> indexed = {});
    ~DocumentCollection();
    Q_DISABLE_COPY_MOVE(DocumentCollection)
    // Drops the cached prepared statements (before the connection closes).
    void releaseStatements();

    void createSchema(QSqlDatabase &db);
    void loadMirror(QSqlDatabase &db);
    QString table() const { return m_table; }
    QString idKey() const { return m_idKey; }

    bool contains(const QString &id) const { return m_json.contains(id); }
    QByteArray raw(const QString &id) const { return m_json.value(id); }
    QJsonObject object(const QString &id) const;
    qint64 size() const { return qint64(m_ids.size()); }
    const std::vector<QString> &ids() const { return m_ids; }

    // Inserts or replaces; the object must carry its id under idKey().
    bool put(QSqlDatabase &db, const QJsonObject &object);
    // Same with the object already serialized (seeds serialize once); the statement is prepared once and reused.
    bool putSerialized(QSqlDatabase &db, const QString &id, const QByteArray &json, const QJsonObject &object);
    bool remove(QSqlDatabase &db, const QString &id);
    // Id of the object whose indexed column equals value (lower-cased if the column is), or empty.
    QString findByIndexed(QSqlDatabase &db, const QString &column, const QString &value) const;

    // Filters/sorts/pages. Returns false with *error set for an invalid filter/sort field.
    bool list(QSqlDatabase &db, const ListQuery &query, Page *page, QString *error) const;
    // Serialized whole-page answers of the hot path (no filter, id order, no fields), keyed by the caller and
    // dropped on any write: a sync lists the same pages over and over while nothing changes.
    QByteArray cachedPage(const QByteArray &key) const { return m_pageCache.value(key); }
    void cachePage(const QByteArray &key, const QByteArray &body) const;
    // Applies the v1/v2 "fields" selection to a serialized object (id always kept).
    QByteArray project(const QByteArray &raw, const QStringList &fields) const;

private:
    void mirrorInsert(const QString &id, const QByteArray &json);
    void mirrorErase(const QString &id);

    QString m_table;
    QString m_idKey;
    QList<IndexedField> m_indexed;
    std::vector<QString> m_ids; // sorted
    QHash<QString, QByteArray> m_json;
    std::unique_ptr<QSqlQuery> m_put;
    mutable QHash<QByteArray, QByteArray> m_pageCache;
    mutable qsizetype m_pageCacheBytes = 0;
};

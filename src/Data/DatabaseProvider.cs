namespace BpjsTk.Data;

public enum DatabaseProvider
{
    /// <summary>An embedded file database; the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}

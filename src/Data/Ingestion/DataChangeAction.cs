namespace BpjsTk.Data.Ingestion;

/// <summary>What a recorded change did; writing the values a row already has is no change and is not recorded.</summary>
public enum DataChangeAction
{
    Inserted,

    Updated,

    Deleted,
}

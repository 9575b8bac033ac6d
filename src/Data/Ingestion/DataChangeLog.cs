using System.Text.Json;
using System.Text.Json.Serialization;

namespace BpjsTk.Data.Ingestion;

/// <summary>
/// Records changes to the history through the caller's context, so a change and its record are saved by the same
/// <c>SaveChangesAsync</c> in the same transaction. For employers, partners, targets and potential workforce; coverage
/// figures are recorded by <see cref="CoverageFigureWriter"/> itself.
/// </summary>
public sealed class DataChangeLog(BpjsTkDbContext db, TimeProvider timeProvider)
{
    private static readonly JsonSerializerOptions ValuesJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Enums by the names GraphQL and the tables use (ACTIVE_PARTICIPANTS), not by their numbers.
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>Adds one history row to the context; returns false and adds nothing when the values did not change.</summary>
    public bool Record<TValues>(string entity, string entityKey, TValues? oldValues, TValues? newValues, ChangeActor actor)
        where TValues : class
    {
        ArgumentException.ThrowIfNullOrEmpty(entity);
        ArgumentException.ThrowIfNullOrEmpty(entityKey);
        ArgumentNullException.ThrowIfNull(actor);
        var change = Describe(entity, entityKey, ToJson(oldValues), ToJson(newValues), actor, timeProvider.GetUtcNow().UtcDateTime);
        if (change is null)
        {
            return false;
        }

        db.Add(change);
        return true;
    }

    /// <summary>Values as the history keeps them: a JSON object with camelCase names, enums by name, nulls left out.</summary>
    public static string? ToJson<TValues>(TValues? values)
        where TValues : class => values is null ? null : JsonSerializer.Serialize(values, ValuesJson);

    /// <summary>The history row for a change from <paramref name="oldJson"/> to <paramref name="newJson"/>, or null when they are equal.</summary>
    internal static DataChange? Describe(string entity, string entityKey, string? oldJson, string? newJson, ChangeActor actor, DateTime changedAt)
    {
        if (string.Equals(oldJson, newJson, StringComparison.Ordinal))
        {
            return null;
        }

        return new DataChange
        {
            ChangedAt = changedAt,
            ChangedBy = actor.Name,
            Entity = entity,
            EntityKey = entityKey,
            Action = oldJson is null ? DataChangeAction.Inserted : newJson is null ? DataChangeAction.Deleted : DataChangeAction.Updated,
            OldValues = oldJson,
            NewValues = newJson,
        };
    }
}

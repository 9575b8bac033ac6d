using System.Text.Json;

namespace BpjsTk.Api.TrustedDocuments;

/// <summary>Where a request names a persisted document: HotChocolate's <c>id</c>, else Apollo's <c>extensions.persistedQuery.sha256Hash</c>.</summary>
internal static class PersistedDocumentId
{
    public static string? Of(string? id, JsonElement? extensions) =>
        !string.IsNullOrEmpty(id) ? id
        : extensions is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind is JsonValueKind.Object
        && persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind is JsonValueKind.String
            ? hash.GetString()
            : null;
}

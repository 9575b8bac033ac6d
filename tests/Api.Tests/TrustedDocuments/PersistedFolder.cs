using System.Text;
using BpjsTk.GraphQL.Execution;

namespace BpjsTk.Api.Tests.TrustedDocuments;

/// <summary>A temporary folder of persisted documents named after their SHA-256 hash, as operators deploy them.</summary>
internal sealed class PersistedFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("bpjstk-persisted-").FullName;

    /// <summary>Stores <paramref name="document"/> and returns its id.</summary>
    public string Add(string document, string? fileName = null)
    {
        var id = DocumentHash.Of(document);
        File.WriteAllBytes(System.IO.Path.Combine(Path, (fileName ?? id) + ".graphql"), Encoding.UTF8.GetBytes(document));
        return id;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

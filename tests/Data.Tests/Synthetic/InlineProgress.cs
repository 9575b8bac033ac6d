namespace BpjsTk.Data.Tests.Synthetic;

/// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so a test can act at an exact point of a run.</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

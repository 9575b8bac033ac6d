namespace BpjsTk.Data.Ingestion;

/// <summary>Who makes a change: an API client (<c>client:NAME</c>) or a user of the command line (<c>cli:USER</c>).</summary>
public sealed record ChangeActor
{
    public const int MaxNameLength = 200;

    private ChangeActor(string name)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength, nameof(name));
        Name = name;
    }

    /// <summary>The name kept in the change history and on each figure it changed.</summary>
    public string Name { get; }

    public static ChangeActor Client(string clientName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientName);
        return new ChangeActor("client:" + clientName);
    }

    public static ChangeActor CommandLine(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        return new ChangeActor("cli:" + userName);
    }

    public override string ToString() => Name;
}

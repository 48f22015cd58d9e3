using LinkedInAuto.Bots.Birthday;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Bots;

public sealed class MessageCatalogTests
{
    [Fact]
    public void Load_ShippedFrenchAndEnglishFiles_AreValid()
    {
        var french = MessageCatalog.Load(Path.Combine(RepositoryPaths.Root, "config", "messages"));
        var english = MessageCatalog.Load(Path.Combine(RepositoryPaths.Root, "config", "messages", "en"));

        Assert.True(french.Today.Count >= 3 && french.Late.Count >= 3);
        Assert.True(english.Today.Count >= 3 && english.Late.Count >= 3);
        Assert.All(french.Today.Concat(french.Late), t => Assert.Contains("{first_name}", t.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bon anniversaire {prenom} !", 1, 18, "unknown placeholder {prenom}")]
    [InlineData("Happy birthday {first_name!", 1, 16, "unclosed '{'")]
    [InlineData("Happy birthday first_name} !", 1, 26, "unmatched '}'")]
    [InlineData("# comment\n\nBon anniversaire {first_name}, {days_late} !", 3, 32, "only meaningful in late.txt")]
    public void Load_BadTemplate_NamesFileLineAndColumn(string todayText, int line, int column, string fragment)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("birthday.txt"), todayText);
        File.WriteAllText(dir.File("late.txt"), "En retard, {first_name} ({days_late} jours) !\n");

        var ex = Assert.Throws<ConfigException>(() => MessageCatalog.Load(dir.Path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(new ConfigLocation(dir.File("birthday.txt"), line, column), error.Location);
        Assert.Contains(fragment, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingAndEmptyFiles_AreBothReported()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("late.txt"), "# only comments\n\n");

        var ex = Assert.Throws<ConfigException>(() => MessageCatalog.Load(dir.Path));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("not found", ex.Errors[0].Problem, StringComparison.Ordinal);
        Assert.Contains("has no message", ex.Errors[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FillsPlaceholdersAndKeepsDoubledBraces()
    {
        var template = new MessageTemplate("{{Joyeux}} {first_name} ({full_name}), {days_late} jours", "late.txt", 1);

        Assert.Equal("{Joyeux} Céline (Céline Dion), 3 jours", template.Render("Céline", "Céline Dion", 3));
    }

    [Fact]
    public void Choose_AvoidsRecentTemplatesWhileOthersRemain()
    {
        var templates = new[] { new MessageTemplate("A {first_name}", "f", 1), new MessageTemplate("B {first_name}", "f", 2), new MessageTemplate("C {first_name}", "f", 3) };
        var recent = new HashSet<string> { templates[0].Id, templates[2].Id };
        var random = new Random(42);

        for (var i = 0; i < 50; i++)
        {
            Assert.Same(templates[1], MessageCatalog.Choose(templates, recent, random));
        }

        var all = new HashSet<string>(templates.Select(t => t.Id));
        Assert.Contains(MessageCatalog.Choose(templates, all, random), templates);
    }

    [Fact]
    public void Id_DependsOnTextNotPosition() =>
        Assert.Equal(new MessageTemplate("Hi {first_name}", "a", 1).Id, new MessageTemplate("Hi {first_name}", "b", 9).Id);
}

// hiphop-cli loads command modules (hiphop-cli-*.so) only when a command it does not know is
// asked for or the whole command list is shown, and their commands then behave like built-in
// ones. This is how the LibTorch commands stay out of every other command's start-up.
#include "test_support.h"

#include <gtest/gtest.h>

namespace hhs {
namespace {

const QStringList kWithModule{QStringLiteral("HHS_MODULE_PATH=" HHS_TEST_MODULE_DIR)};

TEST(CliModules, AModuleCommandRunsLikeABuiltInOne)
{
    const test::CliRun run = test::runCli(
        {QStringLiteral("echo-module"), QStringLiteral("비와이"), QStringLiteral("boom bap")},
        kWithModule);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(run.out), QStringLiteral("비와이 boom bap\n"));

    const test::CliRun failing =
        test::runCli({QStringLiteral("echo-module"), QStringLiteral("--fail")}, kWithModule);
    EXPECT_EQ(failing.exitCode, 1);
    EXPECT_EQ(failing.err, QByteArray("error: asked to fail\n"));

    const test::CliRun help =
        test::runCli({QStringLiteral("echo-module"), QStringLiteral("--help")}, kWithModule);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("usage: hiphop-cli [--project FILE] echo-module WORDS..."));
}

TEST(CliModules, TheCommandListIncludesModuleCommands)
{
    const test::CliRun help = test::runCli({QStringLiteral("--help")}, kWithModule);
    ASSERT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("echo-module WORDS...")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("info FILE"));
}

TEST(CliModules, BuiltInCommandsDoNotLoadModules)
{
    // LD_DEBUG lists every library the loader opens: a built-in command opens no module.
    const test::CliRun run = test::runCli(
        {QStringLiteral("--version")}, kWithModule + QStringList{QStringLiteral("LD_DEBUG=files")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_FALSE(run.err.contains("hiphop-cli-echo")) << run.err.toStdString();
    const test::CliRun module =
        test::runCli({QStringLiteral("echo-module"), QStringLiteral("x")},
                     kWithModule + QStringList{QStringLiteral("LD_DEBUG=files")});
    EXPECT_TRUE(module.err.contains("hiphop-cli-echo"));
}

TEST(CliModules, AnUnknownCommandIsStillAnError)
{
    const test::CliRun run = test::runCli({QStringLiteral("no-such-thing")}, kWithModule);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith("error: unknown command \"no-such-thing\""));
}

} // namespace
} // namespace hhs

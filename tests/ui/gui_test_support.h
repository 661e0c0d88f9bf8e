// Helpers for the GUI tests: generated audio files (tones that change every few seconds, so
// the waveform and MFCC have something to show) and settings kept out of the user's own.
#pragma once

#include <QString>
#include <QTimer>
#include <QtGlobal>

namespace hhs::test {

// Writes `seconds` of mono 22050 Hz float WAV to `path`: a tone whose pitch changes every
// 2 seconds, over a little noise (so no stretch is digital silence). False when it fails.
bool writeToneFile(const QString& path, double seconds);

// A path for a file a test writes (a picture to look at when it fails, an export), in a
// temporary folder of this test process's own (kept, and its path printed, when
// HHS_KEEP_TEST_FILES is set), so parallel runs never share a fixed /tmp name.
QString scratchPath(const QString& name);

// Points QSettings at `directory` so tests never touch the user's recent-files list.
void isolateSettings(const QString& directory);

// The GUI thread's responsiveness, measured in what the GUI thread itself does: a 10 ms timer
// on it notes the GUI thread's own CPU time between ticks, so the worst gap is the longest
// stretch of work the thread did without returning to its event loop. Another process keeping
// the machine busy delays the ticks but does not add to this. Create and read on the GUI thread.
class Heartbeat
{
public:
    Heartbeat();
    // The longest GUI-thread CPU time between two ticks, in milliseconds.
    qint64 worstMs() const { return m_worstNs / 1000000; }
    int beats() const { return m_beats; }

private:
    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
    int m_beats = 0;
};

} // namespace hhs::test

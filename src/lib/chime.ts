// A short chime made with Web Audio: no sound file to load. Two notes, rising when all went
// well, falling when something failed. Silent where the browser has no Web Audio or refuses it.
let context: AudioContext | undefined;

const NOTE_SECONDS = 0.14;
const VOLUME = 0.2;

export function playChime(success: boolean): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    const audio = context;
    // Created before the person touched the page, it starts suspended; resume() may still be refused.
    void audio.resume().catch(() => undefined);
    const start = audio.currentTime + 0.02;
    (success ? [660, 990] : [660, 440]).forEach((frequency, index) => {
      const at = start + index * NOTE_SECONDS;
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      // A quick rise and an exponential fall: no click at either end.
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(VOLUME, at + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_SECONDS * 1.5);
      tone.connect(gain).connect(audio.destination);
      tone.start(at);
      tone.stop(at + NOTE_SECONDS * 1.5);
    });
  } catch (error) {
    console.warn('The chime could not be played:', error);
  }
}

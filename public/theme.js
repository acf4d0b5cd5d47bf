// Before the first paint: the header's theme (as src/stores/theme-store.ts stores it).
try {
  const { theme } = JSON.parse(localStorage.getItem('sora-dashboard:theme')).state;
  if (theme === 'light' || theme === 'dark') document.documentElement.classList.add(theme);
} catch {
  // None stored: follow the system.
}
